/**
 * Every page of the built site, in Chromium, under the real security headers: it loads, has one
 * h1, a title and description, shows the crisis box and the review dates (articles), and logs no
 * error and no CSP violation. Nothing is requested from another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allPagePaths, open, reusedWatchedPages, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

// Up to the browser project's maxConcurrency pages at once, each page handed on to the next test
// (site.ts, reusedPages).
describe.concurrent('every page', () => {
  const pages = reusedWatchedPages(() => browser);
  it.for(allPagePaths())('%s loads cleanly with its headings, crisis help and no request off the site', async (path, { expect }) => {
    const opened = await pages.take();
    const { page, errors, offsite } = opened;
    const response = await open(page, path);
    expect(response?.status()).toBe(path === '/this-page-does-not-exist/' ? 404 : 200);
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.title()).length).toBeGreaterThan(5);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('.crisis-help').textContent()).toContain('988');
    if (await page.locator('article.article').count()) {
      await expect.poll(() => page.locator('.review-dates').textContent()).toMatch(/Last reviewed.*Next review due/s);
      expect(await page.locator('.references li').count()).toBeGreaterThan(0);
    }
    // The missing page is served with status 404 on purpose; Chromium logs that as an error.
    const expected = path === '/this-page-does-not-exist/' ? /status of 404/ : /^$/;
    expect(errors.filter((error) => !expected.test(error))).toEqual([]);
    expect(offsite).toEqual([]);
    await pages.give(opened);
  });
});

describe('home page', () => {
  it('links to every published article', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/');
    const linked = new Set(await page.locator('main a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    await open(page, '/a-z/');
    const articles = await page.locator('ul.topic-list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((path) => !linked.has(path))).toEqual([]);
    await context.close();
  });
});
