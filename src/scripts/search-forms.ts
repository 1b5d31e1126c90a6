/**
 * Every search form: without JavaScript it submits /search/?q=..., so the words reach the host's
 * access logs. With JavaScript the query goes after a # instead (/search/#q=...), which the
 * browser keeps to itself. The search page's own form is handled by <site-search>.
 */
import { searchPageHref } from '../lib/search-address.ts';

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !form.matches('.search-form')) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  event.preventDefault();
  location.assign(searchPageHref(input.value));
});
