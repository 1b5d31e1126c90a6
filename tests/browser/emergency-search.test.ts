/**
 * Emergencies in search: a query that describes an emergency shows the emergency card, with
 * tappable 911 and 988 of at least 44 px, above any results, and before Pagefind has loaded
 * (Pagefind is blocked here, so the card cannot depend on it). Without JavaScript the search page
 * always shows the card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { open, watchedPage, withBrowser } from './site.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** The visible card's call links, with their sizes. */
async function cardCallLinks(page: Page) {
  return page.locator('.emergency-search-card a[href^="tel:"]').evaluateAll((links) =>
    links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => {
      const box = a.getBoundingClientRect();
      return { href: a.getAttribute('href'), width: box.width, height: box.height };
    }),
  );
}

/** The card offers 911 and 988, and every 911 or 988 link in it is at least 44x44 px. */
function expectBigCallLinks(links: { href: string | null; width: number; height: number }[]) {
  for (const number of ['tel:911', 'tel:988']) {
    const found = links.filter((l) => l.href === number);
    expect(found.length, `a ${number} link in the card`).toBeGreaterThan(0);
    for (const link of found) {
      expect(link.width, `${number} width`).toBeGreaterThanOrEqual(44);
      expect(link.height, `${number} height`).toBeGreaterThanOrEqual(44);
    }
  }
}

describe('emergencies in search', () => {
  // Each query in its own context, up to the browser project's maxConcurrency at once.
  it.concurrent.each([
    "my friend took ketamine and won't wake up",
    'not breathing',
    'ketamine overdose',
    'seizure',
    'chest pain after spravato',
    'suicidal thoughts',
    'wants to die',
  ])('"%s" shows the emergency card above the results, without waiting for Pagefind', async (query) => {
    const { page, context } = await watchedPage(browser, PHONE);
    let pagefindRequested = false;
    await page.route('**/pagefind/**', (route) => {
      pagefindRequested = true;
      return route.abort();
    });
    await open(page, `/search/#q=${encodeURIComponent(query)}`);
    const card = page.locator('.emergency-search-card[data-emergency-card]');
    await card.waitFor({ state: 'visible' });
    expectBigCallLinks(await cardCallLinks(page));
    const cardBottom = await card.evaluate((el) => el.getBoundingClientRect().bottom);
    const resultsTop = await page.locator('.search-results').evaluate((el) => el.getBoundingClientRect().top);
    expect(cardBottom, 'the card sits above the results').toBeLessThanOrEqual(resultsTop);
    expect(cardBottom, 'the card ends within the first phone screen').toBeLessThanOrEqual(PHONE.viewport.height);
    // Search itself could not load (blocked), yet the card is there.
    expect(pagefindRequested).toBe(true);
    await context.close();
  });

  it('shows the card as an emergency is typed, before any search runs', async () => {
    const { page, context } = await watchedPage(browser, PHONE);
    await open(page, '/search/');
    const card = page.locator('.emergency-search-card[data-emergency-card]');
    expect(await card.isVisible()).toBe(false);
    await page.locator('#page-q').pressSequentially('he is not breathing');
    await card.waitFor({ state: 'visible' });
    await page.locator('#page-q').fill('ketamine bladder');
    await page.locator('#page-q').dispatchEvent('input');
    await card.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('does not show the card for an ordinary question', async () => {
    const { page, context } = await watchedPage(browser, PHONE);
    await open(page, '/search/#q=ketamine%20bladder');
    await page.locator('.search-status').filter({ hasText: /result/ }).waitFor();
    expect(await page.locator('.emergency-search-card[data-emergency-card]').isVisible()).toBe(false);
    await context.close();
  });

  it('always shows the card without JavaScript', async () => {
    const { page, context } = await watchedPage(browser, { ...PHONE, javaScriptEnabled: false });
    await open(page, '/search/?q=ketamine');
    // The <noscript> copy; the scripted copy stays hidden.
    expect(await page.locator('.emergency-search-card:not([hidden])').isVisible()).toBe(true);
    expectBigCallLinks(await cardCallLinks(page));
    await context.close();
  });
});
