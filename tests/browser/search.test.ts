/**
 * Search in the built site: results for plain words, brand and slang names; reachable and
 * usable by keyboard; and without JavaScript, a visible way to browse every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

async function resultLinks(page: Page): Promise<string[]> {
  await page.locator('.search-status').filter({ hasText: /result|No results|could not load/ }).waitFor();
  return page.locator('.search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it.each([
    ['is ketamine addictive', '/is-ketamine-addictive/'],
    ['Spravato', '/is-ketamine-addictive/'],
    ['Special K', '/is-ketamine-addictive/'],
  ])('"%s" finds %s', async (query, expected) => {
    const { page, context, errors } = await watchedPage(browser);
    await open(page, `/search/?q=${encodeURIComponent(query)}`);
    expect(await resultLinks(page)).toContain(expected);
    expect(await page.locator('.search-status').textContent()).toMatch(/\d+ results? for/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is reachable and usable by keyboard from the top of any page', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/is-ketamine-addictive/');
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'header-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('addictive');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=addictive/);
    expect(await resultLinks(page)).toContain('/is-ketamine-addictive/');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search page offers the A-Z list, and the A-Z list reaches every article', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await open(page, '/');
    await page.locator('#header-q').fill('ketamine');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=ketamine/);
    const fallback = page.locator('.search-fallback');
    expect(await fallback.isVisible()).toBe(true);
    await fallback.getByRole('link', { name: /Browse all pages A to Z/ }).click();
    await page.waitForURL(`${baseUrl()}/a-z/`);
    expect(await page.locator('main a[href="/is-ketamine-addictive/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a glossary term still shows its definition', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await open(page, '/is-ketamine-addictive/');
    const term = page.locator('.term-button').first();
    const id = await term.getAttribute('popovertarget');
    await term.click();
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    await context.close();
  });
});
