/**
 * What machines read, in Chromium: the JSON-LD block parses in the browser under the security
 * policy, and the Atom feed of changes is well-formed XML (the browser's own parser) listing every
 * article change. The rest (JSON-LD content, canonical and Open Graph tags, robots.txt, the
 * comparison data downloads) is checked in the built files: tests/build/machine-readable.test.ts.
 */
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtArticles } from '../../scripts/lib/built-site.ts';
import { open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const articles = builtArticles();
const text = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

describe('JSON-LD', () => {
  it('parses as JSON in the browser, on a page with no console or security-policy errors', async () => {
    const { page, context, errors } = await watchedPage(browser);
    await open(page, '/is-ketamine-addictive/');
    const parsed = await page.locator('script[type="application/ld+json"]').evaluate((script) => JSON.parse(script.textContent!)['@type']);
    expect(parsed).toBe('MedicalWebPage');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Atom feed of changes', () => {
  it('parses as XML and lists every change in every article’s page history', async () => {
    const { page, context } = await watchedPage(browser);
    const response = await open(page, '/changes.xml');
    const xml = await response!.text();
    const entries = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(`not well-formed XML: ${doc.querySelector('parsererror')!.textContent}`);
      if (doc.documentElement.namespaceURI !== 'http://www.w3.org/2005/Atom' || doc.documentElement.localName !== 'feed') throw new Error('not an Atom feed');
      return [...doc.getElementsByTagName('entry')].map((entry) => ({
        link: new URL(entry.getElementsByTagName('link')[0].getAttribute('href')!).pathname,
        updated: entry.getElementsByTagName('updated')[0].textContent!.slice(0, 10),
        summary: entry.getElementsByTagName('summary')[0].textContent!,
      }));
    }, xml);
    const changes = articles.flatMap(({ path, root }) =>
      root.querySelectorAll('.changelog li').map((li) => ({ link: path, updated: li.querySelector('time')!.getAttribute('datetime')!, summary: text(li).replace(/^[^:]+: /, '') })),
    );
    expect(changes.length).toBeGreaterThanOrEqual(articles.length);
    expect(new Set(entries.map((e) => JSON.stringify(e)))).toEqual(new Set(changes.map((c) => JSON.stringify(c))));
    expect(entries).toHaveLength(changes.length);
    await context.close();
  });
});

