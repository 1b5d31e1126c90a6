/** What the browser tests share: the list of built pages and the test run's Chromium. */
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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
