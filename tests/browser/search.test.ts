/**
 * Search in the built site: results for plain words, brand, generic and slang names, title
 * matches first, the count announced, the searched words highlighted on the page a result opens,
 * a message and a browse link when search cannot load; the query never sent to the server when
 * JavaScript runs; reachable and usable by keyboard; and without JavaScript, a visible way to
 * browse every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, open, reusedWatchedPages, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** Every result's path. The page shows the first few; "Show more results" loads the rest, so press it until none are left. */
async function resultLinks(page: Page): Promise<string[]> {
  await page.locator('.search-status').filter({ hasText: /result|No results|could not load/ }).waitFor();
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('.search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-results > li').length > n, shown);
  }
  return page.locator('.search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  // Tests that only search, up to the browser project's maxConcurrency at once, hand their open
  // pages on to the next such test (site.ts, reusedPages): what a search stores for highlighting
  // is stored only when a result is opened, and the tests that open one have pages of their own.
  const searchPages = reusedWatchedPages(() => browser);
  it.concurrent.each([
    ['is ketamine addictive', '/is-ketamine-addictive/'],
    ['Spravato', '/is-ketamine-addictive/'],
    ['Special K', '/is-ketamine-addictive/'],
    ['Ketalar', '/is-ketamine-addictive/'],
    ['esketamine', '/is-ketamine-addictive/'],
  ])('"%s" finds %s', async (query, expected) => {
    const opened = await searchPages.take();
    const { page, errors } = opened;
    await open(page, `/search/?q=${encodeURIComponent(query)}`);
    expect(await resultLinks(page)).toContain(expected);
    expect(await page.locator('.search-status').textContent()).toMatch(/\d+ results? for/);
    expect(errors).toEqual([]);
    await searchPages.give(opened);
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
    await page.waitForURL(/\/search\/#q=addictive$/);
    expect(await resultLinks(page)).toContain('/is-ketamine-addictive/');
    await context.close();
  });

  it('keeps the query out of every request: it travels after the #', async () => {
    const { page, context } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await open(page, '/is-ketamine-addictive/');
    await page.locator('#header-q').fill('bladder pain');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/search\/#q=bladder\+pain$/);
    await resultLinks(page);
    await page.locator('#page-q').fill('special k');
    await page.locator('#page-q').press('Enter');
    await page.locator('.search-status').filter({ hasText: /for “special k”/ }).waitFor();
    expect(page.url()).toMatch(/\/search\/#q=special\+k$/);
    expect(requested.filter((url) => /bladder|special/i.test(url))).toEqual([]);
    await context.close();
  });

  it('reads ?q= too (a form sent without JavaScript) and moves it after the #', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/search/?q=spravato');
    expect(await resultLinks(page)).toContain('/is-ketamine-addictive/');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#q=spravato');
    await context.close();
  });

  it('announces the number of results in a status region', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/search/#q=ketamine');
    const links = await resultLinks(page);
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const announced = Number((await status.textContent())?.match(/^(\d+) results? for “ketamine”\.$/)?.[1]);
    expect(announced).toBeGreaterThanOrEqual(links.length);
    expect(links.length).toBeGreaterThan(0);
    await context.close();
  });

  it.concurrent.each(['addictive', 'ketamine', 'clinics', 'privacy'])('lists pages with "%s" in their title before the others', async (query) => {
    const opened = await searchPages.take();
    const { page } = opened;
    await open(page, `/search/#q=${query}`);
    await resultLinks(page);
    const titles = await page.locator('.search-results > li h2 a').allTextContents();
    const inTitle = titles.map((title) => title.toLowerCase().includes(query));
    expect(inTitle[0]).toBe(true);
    // Once a result without the word in its title appears, none with it may follow.
    expect(inTitle.slice(inTitle.indexOf(false) >>> 0)).not.toContain(true);
    await searchPages.give(opened);
  });

  it('highlights the searched words on the page a result opens, without putting them in its address', async () => {
    const { page, context, errors } = await watchedPage(browser);
    await open(page, '/search/#q=misuse');
    await resultLinks(page);
    await page.locator('.search-results > li h2 a[href^="/is-ketamine-addictive/"]').first().click();
    await page.waitForURL(/\/is-ketamine-addictive\//);
    expect(new URL(page.url()).search).toBe('');
    const marks = page.locator('[data-pagefind-body] mark.search-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).every((text) => /misuse/i.test(text))).toBe(true);
    // Read once: reloading the page shows it without highlights.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await marks.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('also highlights words given as ?highlight= (Pagefind links), loading the highlighter only then', async () => {
    const { page, context, errors } = await watchedPage(browser);
    const highlighter: string[] = [];
    page.on('request', (request) => request.url().includes('pagefind-highlight') && highlighter.push(request.url()));
    await open(page, '/is-ketamine-addictive/');
    await page.waitForLoadState('networkidle');
    expect(highlighter).toEqual([]);
    await open(page, '/is-ketamine-addictive/?highlight=controlled');
    await page.locator('mark.search-highlight').first().waitFor();
    expect(highlighter).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so, with a link to browse every page, when search cannot load', async () => {
    const { page, context } = await watchedPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await open(page, '/search/#q=ketamine');
    await page.getByRole('status').filter({ hasText: 'Search could not load.' }).waitFor();
    const unavailable = page.locator('.search-unavailable');
    expect(await unavailable.isVisible()).toBe(true);
    expect(await page.locator('.search-fallback').isVisible()).toBe(false);
    await unavailable.getByRole('link', { name: 'browse all pages A to Z' }).click();
    await page.waitForURL(`${baseUrl()}/a-z/`);
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
