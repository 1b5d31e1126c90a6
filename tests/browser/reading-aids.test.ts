/**
 * Reading aids, on the built articles: the estimated reading time, the "On this page" list,
 * related pages chosen by topic, and glossary terms whose definition opens in place, without
 * JavaScript, with the semantics a screen reader needs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { articleTexts, htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';
import { open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const articles = htmlPages()
  .map((file) => ({ path: urlPathOf(file), root: parse(readFileSync(file, 'utf8')) }))
  .filter(({ root }) => root.querySelector('article.article'));
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

/** The accessibility tree's view of one element, as a screen reader gets it. */
async function accessibleNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0];
  const property = (name: string) => node.properties?.find((p) => p.name === name)?.value.value;
  return { role: node.role?.value, name: node.name?.value, description: node.description?.value, expanded: property('expanded') };
}

describe('glossary terms', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`show their definition in place, announced as a button that expands (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, context } = await watchedPage(browser, { javaScriptEnabled });
      await open(page, '/is-ketamine-addictive/');
      const term = page.locator('.term-button').first();
      const id = await term.getAttribute('popovertarget');
      const definition = page.locator(`#${id}`);
      expect(await definition.isVisible()).toBe(false);

      const before = await accessibleNode(page, '.term-button');
      expect(before.role).toBe('button');
      expect(before.name).toBe((await term.textContent())!.trim());
      expect(before.expanded).toBe(false);
      // The definition is its description, so it is read out with the term even before it opens.
      expect(before.description).toContain((await definition.textContent())!.split(' In the glossary')[0].trim().slice(0, 40));

      await term.scrollIntoViewIfNeeded();
      const scrollBefore = await page.evaluate(() => scrollY);
      await term.click();
      expect(await definition.isVisible()).toBe(true);
      expect(await definition.getAttribute('role')).toBe('note');
      expect((await accessibleNode(page, '.term-button')).expanded).toBe(true);
      // Nothing moved the reader: same page, same place.
      expect(new URL(page.url()).pathname).toBe('/is-ketamine-addictive/');
      expect(Math.abs((await page.evaluate(() => scrollY)) - scrollBefore)).toBeLessThan(5);
      await page.keyboard.press('Escape');
      expect(await definition.isVisible()).toBe(false);
      await context.close();
    });
  }
});
