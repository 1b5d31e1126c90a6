/**
 * For clinics: a "copy link to this section" control after every section heading (a plain link
 * without JavaScript; with it, a button that copies the address and says so, by keyboard too),
 * a ready citation on every article, and the reuse terms linked from every page.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';
import { baseUrl, open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const ARTICLE = '/is-ketamine-addictive/';
/** The section the tests link to, by its stable id; its wording is read from the page, since editors may reword it. */
const SECTION = 'short-answer';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
async function sectionHeading(page: import('playwright-core').Page): Promise<string> {
  return ((await page.locator(`h2#${SECTION}`).textContent()) ?? '').trim();
}
const builtArticles = htmlPages()
  .map((file) => ({ path: urlPathOf(file), root: parse(readFileSync(file, 'utf8')) }))
  .filter(({ root }) => root.querySelector('article.article'));

describe('copy link to a section', () => {
  it.each(builtArticles.map(({ path }) => path))('%s has a section link after every section heading', (path) => {
    const { root } = builtArticles.find((a) => a.path === path)!;
    const headings = root.querySelectorAll('.prose > h2[id]');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const link = heading.nextElementSibling?.querySelector('a[data-section-link]');
      expect(link?.getAttribute('href'), `after #${heading.id}`).toBe(`#${heading.id}`);
      expect(link?.text).toBe(`Link to this section: ${heading.text.trim()}`);
    }
  });

  it('copies the section address by keyboard and announces it', async () => {
    const { page, context, errors } = await watchedPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await open(page, ARTICLE);
    const button = page.getByRole('button', { name: new RegExp(`^Copy link to this section\\s*: ${escapeRegExp(await sectionHeading(page))}$`) });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('.section-link-status').first();
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}${ARTICLE}#${SECTION}`);
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is a plain link to the section without JavaScript', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await open(page, ARTICLE);
    expect(await page.getByRole('button', { name: /Copy link/ }).count()).toBe(0);
    await page.getByRole('link', { name: new RegExp(`^Link to this section\\s*: ${escapeRegExp(await sectionHeading(page))}$`) }).click();
    expect(new URL(page.url()).hash).toBe(`#${SECTION}`);
    await context.close();
  });
});

describe('cite this page', () => {
  it.each(builtArticles.map(({ path }) => path))('%s gives title, site, last-reviewed date and address', (path) => {
    const { root } = builtArticles.find((a) => a.path === path)!;
    const title = root.querySelector('h1')!.text.trim();
    const reviewed = root.querySelector('.review-dates time')!.text.trim();
    const canonical = root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const citation = root.querySelector('.page-citation')!.text;
    expect(citation.startsWith(`Ketamine Facts. ${title}`)).toBe(true);
    expect(citation.endsWith(` Last reviewed ${reviewed}. ${canonical}`)).toBe(true);
    // A title's own question mark or full stop is not doubled, and one without gets a full stop.
    expect(citation).not.toMatch(/[.?!]\./);
    expect(citation.slice(`Ketamine Facts. ${title}`.length)).toMatch(/^\.? Last reviewed/);
    expect(canonical.endsWith(path)).toBe(true);
  });

  it('reads as a reader would paste it, for a question title and for a statement title', () => {
    const citationOf = (path: string) => builtArticles.find((a) => a.path === path)!.root.querySelector('.page-citation')!.text;
    expect(citationOf('/is-ketamine-addictive/')).toMatch(/^Ketamine Facts\. Is ketamine addictive when used for depression\? Last reviewed \d{1,2} \w+ \d{4}\. https:\/\/\S+\/is-ketamine-addictive\/$/);
    expect(citationOf('/spravato-rems-and-off-label-ketamine/')).toMatch(/^Ketamine Facts\. Spravato \(esketamine\)[^?]* ketamine\. Last reviewed /);
  });
});

describe('reuse terms', () => {
  it('every page links the license and the For clinics reuse terms, which state it', async () => {
    const { page, context } = await watchedPage(browser);
    for (const path of ['/', ARTICLE, '/get-help/']) {
      await open(page, path);
      const footer = page.locator('.site-footer');
      expect(await footer.getByRole('link', { name: 'CC BY-NC-ND 4.0' }).getAttribute('href')).toBe('https://creativecommons.org/licenses/by-nc-nd/4.0/');
      expect(await footer.getByRole('link', { name: /reuse/i }).getAttribute('href')).toBe('/for-clinics/#reuse');
    }
    await open(page, '/for-clinics/#reuse');
    expect(await page.locator('#reuse ~ p, #reuse ~ ul').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('CC BY-NC-ND 4.0')]));
    expect(await page.locator('.prose').textContent()).toMatch(/print our pages and hand out copies/);
    await context.close();
  });
});
