/**
 * Tap to call, measured on a 390x844 phone: every phone number and text line on every page is a
 * tel: or sms: link at least 24x24 CSS px (WCAG 2.2 target size); the 911 and 988 links in
 * emergency boxes and on /get-help/ are at least 44x44; /get-help/ shows tappable 911 and 988 in
 * its first screen, then what to do while waiting; /warning-signs/ shows 911 within two screens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPagePaths, open, reusedWatchedPages, watchedPage, withBrowser } from './site.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SCREEN = PHONE.viewport.height;

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

interface Target {
  href: string;
  text: string;
  width: number;
  height: number;
  top: number;
  inEmergencyBox: boolean;
}

/** Every tel:/sms: link with its rendered size and its top edge in page coordinates. */
async function callTargets(page: Page): Promise<Target[]> {
  return page.$$eval('a[href^="tel:"], a[href^="sms:"]', (links) =>
    links
      .filter((link) => (link as HTMLElement).offsetParent !== null)
      .map((link) => {
        const box = link.getBoundingClientRect();
        return {
          href: link.getAttribute('href')!,
          text: (link as HTMLElement).innerText.trim(),
          width: box.width,
          height: box.height,
          top: box.top + window.scrollY,
          inEmergencyBox: !!link.closest('.callout-emergency, .crisis-help, .emergency-search-card, .help-first-screen, .home-emergency'),
        };
      }),
  );
}

/**
 * Text that looks like a US phone number, or "call/text 911|988", outside any link: the words a
 * reader would try to tap. Returns the offending snippets.
 */
async function untappableNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const NUMBER = /(?:\b1-)?\b\d{3}-\d{3}-\d{4}\b|\b(?:call|text|dial)(?: or text)? (?:9-?1-?1|9-?8-?8)\b|\btext [^.]{0,30}?\bto \d{5,6}\b/gi;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('a, script, style, noscript, [hidden], .print-footer, .page-citation, .references, .cite-page, pre, code')) continue;
      if (parent.closest('[aria-hidden="true"]')) continue;
      for (const match of (node.textContent ?? '').matchAll(NUMBER)) {
        // "call 911" written next to its own link (e.g. "call <a>911</a>") is split across nodes and never matches here.
        found.push(`${match[0]} in "${(node.textContent ?? '').trim().slice(0, 80)}"`);
      }
    }
    return found;
  });
}

describe('tap to call on a 390 px phone', () => {
  it('/get-help/ has tappable 911 and 988 of at least 44 px in its first screen, then what to do while you wait', async () => {
    const { page, context } = await watchedPage(browser, PHONE);
    await open(page, '/get-help/');
    const targets = await callTargets(page);
    for (const number of ['tel:911', 'tel:988']) {
      const inFirstScreen = targets.filter((t) => t.href === number && t.top + t.height <= SCREEN);
      expect(inFirstScreen.length, `a ${number} link inside the first ${SCREEN} px`).toBeGreaterThan(0);
      const biggest = inFirstScreen.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      expect(biggest.width, `${number} width`).toBeGreaterThanOrEqual(44);
      expect(biggest.height, `${number} height`).toBeGreaterThanOrEqual(44);
    }
    const waitTop = await page.locator('#while-you-wait').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(waitTop, 'what to do while you wait starts in the first screen').toBeLessThan(SCREEN);
    await context.close();
  });

  it('/warning-signs/ has a tappable 911 of at least 44 px within its first two screens', async () => {
    const { page, context } = await watchedPage(browser, PHONE);
    await open(page, '/warning-signs/');
    const big = (await callTargets(page)).filter((t) => t.href === 'tel:911' && t.width >= 44 && t.height >= 44).sort((a, b) => a.top - b.top)[0];
    expect(big, 'a 44x44 px Call 911 link on /warning-signs/').toBeDefined();
    expect(big.top + big.height, `first big Call 911 ends at ${big.top + big.height} px`).toBeLessThanOrEqual(2 * SCREEN);
    await context.close();
  });

  // Up to the browser project's maxConcurrency pages at once, each page handed on to the next
  // test (site.ts, reusedPages).
  const phonePages = reusedWatchedPages(() => browser, PHONE);
  it.concurrent.for(allPagePaths())('%s: every number is a tel:/sms: link of at least 24 px (911 and 988 in emergency boxes: 44 px)', async (path, { expect }) => {
    const opened = await phonePages.take();
    const { page } = opened;
    await open(page, path);
    expect(await untappableNumbers(page), 'phone numbers or "call 911/988" that are not links').toEqual([]);
    const targets = await callTargets(page);
    expect(targets.some((t) => t.href === 'tel:911'), 'the crisis box offers a tappable 911').toBe(true);
    for (const target of targets) {
      const label = `${target.href} "${target.text}"`;
      expect(target.height, `${label} height`).toBeGreaterThanOrEqual(24);
      expect(target.width, `${label} width`).toBeGreaterThanOrEqual(24);
    }
    const buttons = targets.filter((t) => t.inEmergencyBox && /^tel:9(11|88)$/.test(t.href) && t.text.startsWith('Call'));
    expect(buttons.length, 'emergency boxes have Call 911 and Call 988 buttons').toBeGreaterThanOrEqual(2);
    // Every 911 or 988 link in an emergency box, the buttons and the numbers inside sentences alike.
    for (const target of targets.filter((t) => t.inEmergencyBox && /^(tel|sms):9(11|88)$/.test(t.href))) {
      expect(target.height, `${target.href} button height`).toBeGreaterThanOrEqual(44);
      expect(target.width, `${target.href} button width`).toBeGreaterThanOrEqual(44);
    }
    await phonePages.give(opened);
  });
});
