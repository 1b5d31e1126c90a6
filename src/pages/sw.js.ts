/**
 * /sw.js: the offline-reading service worker (src/service-worker/offline-pages.js) with the list
 * of pages it may keep: Get help now and every article marked `handout`. Generated so the list
 * follows the content; a service worker must sit at the site root to look after every page.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import worker from '../service-worker/offline-pages.js?raw';

export const GET: APIRoute = async () => {
  const handouts = await getCollection('articles', (article) => article.data.handout);
  const pages = ['/get-help/', ...handouts.map((article) => `/${article.id}/`).sort()];
  return new Response(`const OFFLINE_PAGES = ${JSON.stringify(pages)};\n${worker}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
