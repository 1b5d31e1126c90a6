/**
 * Citations in reading order on every built article: reading down the page, the n-th marker of a
 * source carries the n-th anchor (cite-<key>-<n>), and its reference lists back-links a, b, c...
 * to those anchors in that order. (Before the fix, citations after a <ComparisonTable> took
 * lower use numbers, so "a" could jump below "b": the anchors existed, so the link check passed.)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';

const articles = htmlPages()
  .map((file) => ({ path: urlPathOf(file), root: parse(readFileSync(file, 'utf8')) }))
  .filter((page) => page.root.querySelector('article.article'));

describe('citation markers and back-links follow reading order', () => {
  it('covers every article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(11);
  });

  it.for(articles.map((page) => [page.path, page] as const))('%s', ([, page]) => {
    // A table's phone copy (.row-cards, one <details> per row) repeats the table's marks without
    // ids, linking to the same references; the table's own marks are the ones counted.
    const all = page.root.querySelectorAll('sup.cite a');
    const markers = all.filter((a) => !a.closest('.row-cards'));
    for (const copy of all.filter((a) => a.closest('.row-cards'))) {
      expect(copy.getAttribute('id'), 'a phone-copy mark carries no id').toBeUndefined();
      expect(page.root.querySelector(copy.getAttribute('href')!), `${copy.getAttribute('href')} exists`).not.toBeNull();
    }
    expect(markers.length).toBeGreaterThan(0);
    const seen = new Map<string, number>();
    for (const marker of markers) {
      const key = marker.getAttribute('href')!.replace(/^#ref-/, '');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      expect(marker.getAttribute('id'), `marker ${n} of ${key}`).toBe(`cite-${key}-${n}`);
    }
    // Sources are numbered by first use, reading down: the reference list is in that order, and
    // each marker shows its source's place in it.
    const firstUse = [...seen.keys()];
    expect(page.root.querySelectorAll('.references li[id^="ref-"]').map((li) => li.id.replace(/^ref-/, ''))).toEqual(firstUse);
    for (const marker of markers) {
      const key = marker.getAttribute('href')!.replace(/^#ref-/, '');
      expect(marker.text.replace(/\D/g, ''), `number shown for ${key}`).toBe(String(firstUse.indexOf(key) + 1));
    }
    for (const [key, uses] of seen) {
      const backlinks = page.root.querySelectorAll(`#ref-${key} .ref-backlinks a`).map((a) => a.getAttribute('href'));
      expect(backlinks).toEqual(Array.from({ length: uses }, (_, i) => `#cite-${key}-${i + 1}`));
    }
  });
});
