/**
 * Reading aids, on the built articles: the estimated reading time, the "On this page" list,
 * related pages chosen by topic, and glossary terms whose definition opens in place, without
 * JavaScript, with the semantics a screen reader needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { articleTexts, htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';
import { WORDS_PER_MINUTE } from '../../src/lib/readability.ts';
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

/** Topic and audiences from an article's frontmatter (the related-pages rule uses them). */
function frontmatter(path: string): { topic: string; audiences: string[] } {
  const source = readFileSync(join(import.meta.dirname, '../../content/articles', `${path.slice(1, -1)}.mdx`), 'utf8');
  return { topic: source.match(/^topic: ?(\S+)$/m)![1], audiences: source.match(/^audiences: ?\[(.*)\]$/m)![1].split(',').map((a) => a.trim()) };
}

describe('reading time', () => {
  const texts = new Map(articleTexts().map((a) => [a.path, a.text]));
  it.each(paths)('%s shows an estimate that fits its length', (path) => {
    const shown = get(path).querySelector('.review-dates')!.text.match(/Reading time:?\s*About (\d+) min/);
    expect(shown).not.toBeNull();
    const words = texts.get(path)!.split(/\s+/).length;
    const minutes = Number(shown![1]);
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(Math.abs(minutes - words / WORDS_PER_MINUTE)).toBeLessThanOrEqual(Math.max(1.5, minutes * 0.35));
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

describe('related pages', () => {
  it.each(paths)('%s links other articles, same topic first, each sharing a topic or readers', (path) => {
    const self = frontmatter(path);
    const others = paths.filter((p) => p !== path).map((p) => ({ path: p, ...frontmatter(p) }));
    const eligible = others.filter((o) => o.topic === self.topic || o.audiences.some((a) => self.audiences.includes(a)));
    const related = get(path).querySelectorAll('nav.related a').map((a) => a.getAttribute('href')!);
    expect(related.length).toBe(Math.min(4, eligible.length));
    const sameTopic = related.map((href) => others.find((o) => o.path === href)!).map((o) => o.topic === self.topic);
    for (const href of related) expect(eligible.map((o) => o.path)).toContain(href);
    // Same-topic pages come before the rest, and none is left out for a page on another topic.
    expect(sameTopic.slice(sameTopic.indexOf(false) >>> 0)).not.toContain(true);
    expect(sameTopic.filter(Boolean).length).toBe(Math.min(4, others.filter((o) => o.topic === self.topic).length));
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
