/**
 * Offline reading: once visited, Get help now and the handouts (the pages people need in a
 * hurry) open with no connection, styled. Nothing else is kept: no other page, no address with a
 * query string, nothing from search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** Paths in the offline cache, once the worker has saved the page being viewed. */
async function savedPaths(page: Page, waitFor: string): Promise<string[]> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('offline-pages-v1')).keys()).map((r) => new URL(r.url).pathname)), { timeout: 10_000 })
    .toContain(waitFor);
  return page.evaluate(async () => (await (await caches.open('offline-pages-v1')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search));
}

describe('offline reading', () => {
  it('Get help now opens offline, styled, after one visit', async () => {
    const { page, context, errors } = await watchedPage(browser);
    await open(page, '/get-help/');
    await savedPaths(page, '/get-help/');
    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Get help now');
    expect(await page.locator('main').textContent()).toContain('988');
    // The stylesheet came from the offline copy too: the crisis box has its border.
    expect(await page.locator('.crisis-help').evaluate((box) => getComputedStyle(box).borderInlineStartWidth)).toBe('10px');
    await context.setOffline(false);
    // Reading needs no script, so scripts and the icon are not kept: only they may fail.
    expect(failed.filter((request) => !/^script \/_astro\/.+\.js$|^other \/favicon\.svg$/.test(request))).toEqual([]);
    expect(errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  it.each(['/warning-signs/', '/questions-to-ask-a-ketamine-clinic/'])('%s opens offline after one visit', async (path) => {
    const { page, context } = await watchedPage(browser);
    await open(page, path);
    await savedPaths(page, path);
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('body.handout-page h1').count()).toBe(1);
    await context.close();
  });

  it.each(['/get-help/', '/warning-signs/'])('%s is not downloaded a second time on the first visit', async (path) => {
    const { page, context } = await watchedPage(browser);
    const requested: string[] = [];
    // The context also sees the service worker's own requests.
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await open(page, path);
    await savedPaths(page, path);
    // What the worker keeps is the page and stylesheet the browser already had.
    const saved = await page.evaluate(async () => (await (await caches.open('offline-pages-v1')).keys()).map((r) => new URL(r.url).pathname));
    expect(saved.filter((p) => p.endsWith('.css')).length).toBeGreaterThan(0);
    expect(requested.filter((p) => p === path)).toEqual([path]);
    expect(requested.filter((p) => p.endsWith('.css')).length).toBe(new Set(requested.filter((p) => p.endsWith('.css'))).size);
    await context.close();
  });

  it('keeps nothing else: not other pages, not search, not query strings', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/get-help/');
    await savedPaths(page, '/get-help/');
    // Now controlled by the worker: visit pages it must not keep.
    for (const path of ['/is-ketamine-addictive/', '/search/#q=ketamine', '/get-help/?from=search', '/privacy/']) await open(page, path);
    await open(page, '/get-help/');
    const saved = await savedPaths(page, '/get-help/');
    expect(saved.filter((path) => !/^\/_astro\/[^?]+\.css$/.test(path))).toEqual(['/get-help/']);
    await context.setOffline(true);
    await expect(page.goto(page.url().replace('/get-help/', '/privacy/'))).rejects.toThrow();
    await context.close();
  });
});
