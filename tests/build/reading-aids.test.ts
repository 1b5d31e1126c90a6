/**
 * Reading aids in the built HTML of every article: the estimated reading time, the "On this page"
 * list and related pages chosen by topic. Glossary terms opening in place are checked in Chromium
 * (tests/browser/reading-aids.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { articleTexts, builtArticles } from '../../scripts/lib/built-site.ts';

const articles = builtArticles();
const paths = articles.map(({ path }) => path);
const get = (path: string) => articles.find((a) => a.path === path)!.root;

/**
 * Adults read plain non-fiction at about 175 to 300 words a minute (Brysbaert, J Mem Lang 2019,
 * a review of 190 studies: mean 238). The estimate shown must fall in that range, so a wrong
 * rate (or a count of the wrong words) fails, whatever constant the page uses.
 */
const READING_RATE = { slowest: 175, fastest: 300 };

describe('reading time', () => {
  const texts = new Map(articleTexts().map((a) => [a.path, a.text]));
  it.each(paths)('%s shows an estimate that fits its length', (path) => {
    const shown = get(path).querySelector('.review-dates')!.text.match(/Reading time:?\s*About (\d+) min/);
    expect(shown).not.toBeNull();
    const words = texts.get(path)!.split(/\s+/).length;
    const minutes = Number(shown![1]);
    expect(minutes).toBeGreaterThanOrEqual(Math.max(1, Math.floor(words / READING_RATE.fastest)));
    expect(minutes).toBeLessThanOrEqual(Math.ceil(words / READING_RATE.slowest));
  });
});

describe('On this page', () => {
  it.each(paths)('%s lists its sections in order, each linking to its heading', (path) => {
    const root = get(path);
    const headings = root.querySelectorAll('.prose > h2[id]').map((h) => ({ id: h.id, text: h.text.replace(/\s+/g, ' ').trim() }));
    const toc = root.querySelectorAll('nav.toc a').map((a) => ({ id: a.getAttribute('href')!.slice(1), text: a.text.trim() }));
    if (headings.length >= 3) expect(toc).toEqual(headings);
    else expect(toc).toEqual([]);
  });
});

// Which pages are related is a rule on frontmatter, tested on plain data in
// tests/unit/features.test.ts (pickRelated). Here: what the built page gives a reader.
describe('related pages', () => {
  it.each(paths)('%s links one to four other articles, each once, under a heading', (path) => {
    const nav = get(path).querySelector('nav.related');
    expect(nav?.querySelector('h2')?.text).toBe('Related pages');
    const related = nav!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(related.length).toBeGreaterThanOrEqual(1);
    expect(related.length).toBeLessThanOrEqual(4);
    expect(new Set(related).size).toBe(related.length);
    for (const href of related) {
      expect(href).not.toBe(path);
      expect(paths).toContain(href);
    }
  });
});
