/**
 * Long parts of an article on a phone: the reference list is collapsed in a native <details>
 * and a citation link opens it at its reference, with JavaScript off; print shows it open.
 * Comparison tables do not stack into 30 or more cells at 390 px: each row is one <details>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allPagePaths, open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const PHONE = { width: 390, height: 844 };
const TABLE_PAGES = ['/medical-vs-recreational-ketamine/', '/other-treatments-for-depression/', '/who-is-at-higher-risk/', '/addiction-dependence-tolerance/'];

describe('references', () => {
  it('are collapsed, and a citation link opens them at its reference with JavaScript off', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false, viewport: PHONE });
    await open(page, '/is-ketamine-addictive/');
    const list = page.locator('details.references');
    expect(await list.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await page.locator('.references li').first().isVisible()).toBe(false);
    expect(await page.locator('.references summary').innerText()).toMatch(/^References \(\d+ sources?\)$/);

    const cite = page.locator('.prose sup.cite a').nth(2);
    const target = (await cite.getAttribute('href'))!;
    await cite.click();
    expect(await list.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    const reference = page.locator(target);
    expect(await reference.isVisible()).toBe(true);
    // Scrolled to it: the reference is on screen.
    const box = (await reference.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(PHONE.height);
    await context.close();
  });

  it('open from an address that names a reference, as a link from another page would', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false, viewport: PHONE });
    await open(page, '/is-ketamine-addictive/#ref-spravato-label');
    expect(await page.locator('#ref-spravato-label').isVisible()).toBe(true);
    await context.close();
  });

  it('print in full on an article', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/is-ketamine-addictive/');
    await page.emulateMedia({ media: 'print' });
    const items = page.locator('.references li');
    expect(await items.count()).toBeGreaterThan(5);
    expect(await items.last().isVisible()).toBe(true);
    await context.close();
  });
});

describe('comparison tables on a phone', () => {
  it.each(TABLE_PAGES)('%s shows one line per row, not 30+ stacked cells, and opens a row in place', async (path) => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false, viewport: PHONE });
    await open(page, path);
    const figure = page.locator('figure.comparison').first();
    expect(await figure.locator('table').isVisible()).toBe(false);
    const rows = figure.locator('.row-cards details');
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThan(30);
    // Closed rows show only their one-line summary: no cell text is on screen yet.
    expect(await figure.locator('.row-cards dd:visible').count()).toBe(0);
    await rows.first().locator('summary').click();
    const cells = rows.first().locator('dd');
    expect(await cells.first().isVisible()).toBe(true);
    // Inside a row, each cell sits under its column's name.
    expect(await rows.first().locator('dt').allInnerTexts()).toEqual(await figure.locator('thead th').evaluateAll((ths) => ths.slice(1).map((th) => (th as HTMLElement).innerText)));
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('shows the full table on a wide screen and in print, with its downloads', async () => {
    const { page, context } = await watchedPage(browser, { viewport: { width: 1280, height: 800 } });
    await open(page, '/other-treatments-for-depression/');
    expect(await page.locator('figure.comparison table').isVisible()).toBe(true);
    expect(await page.locator('figure.comparison .row-cards').isVisible()).toBe(false);
    expect(await page.locator('figure.comparison a[href$=".csv"]').count()).toBe(1);
    expect(await page.locator('figure.comparison a[href$=".json"]').count()).toBe(1);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.comparison table').isVisible()).toBe(true);
    await context.close();
  });

  it('every page with a comparison table has its phone rows', () => {
    expect(allPagePaths()).toEqual(expect.arrayContaining(TABLE_PAGES));
  });
});
