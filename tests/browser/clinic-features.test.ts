/**
 * For clinics, in Chromium: the "copy link to this section" control (a plain link without
 * JavaScript; with it, a button that copies the address and says so, by keyboard too), and the
 * reuse terms linked from every page. The built HTML of every article (a section link after every
 * heading, the ready citation) is checked without a browser in tests/build/clinic-features.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('copy link to a section', () => {
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
