/** What the browser tests share: the list of built pages and the test run's Chromium. */
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';

export const baseUrl = () => inject('baseUrl');

/** Every HTML page of the built site, as URL paths (the 404 page as a missing URL). */
export function allPagePaths(): string[] {
  return htmlPages()
    .map((file) => urlPathOf(file))
    .map((path) => (path === '/404.html' ? '/this-page-does-not-exist/' : path))
    .sort();
}

/**
 * The test run's Chromium (started once in global-setup.ts): each file connects, and its
 * `browser.close()` closes the contexts it made and its connection, not Chromium.
 */
export async function withBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** A page that records console errors, uncaught errors, CSP violations and requests to other hosts. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`));
  });
  return { page, context, errors, offsite };
}

export async function open(page: Page, path: string) {
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return response;
}

/**
 * Open pages handed from test to test, for tests that each open one page of the site and read
 * it. A new context per test starts a new renderer process, which cost about four times the CPU
 * of going to the next address in a page already open (the machine has two cores). Each `take`
 * gets a page with `reset` applied (empty records, the test's own media and size), ready to go to
 * its address; the page keeps only the HTTP cache of the site's own files. A page that registers
 * the offline service worker (the pages marked data-keep-offline) is closed instead of given back,
 * so every page is still opened as a first-time reader opens it.
 */
export function reusedPages<T extends { page: Page; context: BrowserContext }>(create: () => Promise<T>, reset: (opened: T) => void | Promise<void>) {
  const free: T[] = [];
  return {
    async take(): Promise<T> {
      const opened = free.pop() ?? (await create());
      await reset(opened);
      return opened;
    },
    async give(opened: T): Promise<void> {
      const keptOffline = await opened.page.evaluate(() => 'keepOffline' in document.documentElement.dataset).catch(() => true);
      if (keptOffline) return opened.context.close();
      // Leave the page before the next test, so nothing from this one is recorded in the next.
      await opened.page.goto('about:blank');
      free.push(opened);
    },
  };
}

/**
 * watchedPage, reused from test to test (reusedPages), its records emptied for each test.
 * `browser` is read when a page is first needed (files launch theirs in beforeAll).
 */
export function reusedWatchedPages(browser: () => Browser, options: BrowserContextOptions = {}) {
  return reusedPages(
    () => watchedPage(browser(), options),
    async ({ page, errors, offsite }) => {
      errors.length = 0;
      offsite.length = 0;
      await page.emulateMedia({ media: null });
    },
  );
}
