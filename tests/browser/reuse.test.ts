/**
 * Content others can reuse (src/lib/reuse.ts): every article's JSON at /reuse/<slug>.json and its
 * embeddable snippet at /reuse/<slug>.html, checked against the article as Chromium renders it,
 * so the JSON cannot drift from the page, and the snippet placed in a page under a strict security
 * policy. The snippet's markup against the JSON, and "Report a problem with this page", are
 * checked on dist/ without a browser (tests/build/clinic-kit-files.test.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';
import { baseUrl, open, reusedWatchedPages, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const articles = htmlPages()
  .filter((file) => parse(readFileSync(file, 'utf8')).querySelector('article.article'))
  .map((file) => urlPathOf(file).slice(1, -1));

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

async function fetchText(path: string): Promise<{ type: string | null; body: string; status: number }> {
  const response = await fetch(baseUrl() + path);
  return { type: response.headers.get('content-type'), body: await response.text(), status: response.status };
}

describe('reuse JSON', () => {
  it('exists for every article', () => {
    expect(articles.length).toBeGreaterThan(5);
  });

  // One open page handed from article to article (site.ts, reusedPages).
  const pages = reusedWatchedPages(() => browser);
  it.each(articles)('/reuse/%s.json matches the rendered article', async (slug) => {
    const json = await fetchText(`/reuse/${slug}.json`);
    expect(json.status).toBe(200);
    expect(json.type).toMatch(/^application\/json/);
    const record = JSON.parse(json.body);

    const opened = await pages.take();
    const { page } = opened;
    await open(page, `/${slug}/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(record.url).toBe(canonical);
    expect(record.links.page).toBe(canonical);
    expect(record.title).toBe(squash(await page.locator('h1').textContent()));
    expect(record.summary).toBe(squash(await page.locator('.summary').textContent()));
    expect(record.keyPoints).toEqual(await texts(page, '.key-points li'));

    // Section headings as the page shows them, each with its link.
    const headings = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.id, level: Number(node.tagName[1]), heading: (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim() })),
    );
    expect(record.sections.map(({ id, level, heading }: { id: string; level: number; heading: string }) => ({ id, level, heading }))).toEqual(headings);
    for (const section of record.sections) expect(section.url).toBe(`${canonical}#${section.id}`);

    // Review dates and status, as under the title.
    const dates = await page.locator('.review-dates time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
    expect([record.review.lastReviewed, record.review.nextReview]).toEqual(dates.slice(0, 2));
    const clinical = squash(await page.locator('.review-dates').innerText());
    expect(clinical.includes('Not yet reviewed by a clinician')).toBe(record.review.clinicalReview === 'not-clinician-reviewed');
    expect(await page.locator('.review-caution').count() > 0).toBe(record.review.state === 'due-for-review');

    // The license the footer states, and the crisis numbers of the crisis box.
    const license = page.locator('.site-footer a[href*="creativecommons.org"]');
    expect(record.license).toMatchObject({ name: squash(await license.textContent()), url: await license.getAttribute('href') });
    const crisisLinks = await page.locator('.crisis-help a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    const crisisText = squash(await page.locator('.crisis-help').innerText());
    expect(record.crisisHelp.length).toBeGreaterThan(0);
    for (const line of record.crisisHelp) {
      expect(crisisText).toContain(line.name);
      for (const contact of line.contacts.filter((c: { method: string }) => c.method !== 'website')) expect(crisisLinks).toContain(contact.href);
    }
    expect(crisisText).toMatch(/911/);
    expect(record.crisisHelp.flatMap((line: { contacts: { value: string }[] }) => line.contacts.map((c) => c.value))).toEqual(expect.arrayContaining(['911', '988']));

    // Its own addresses, and the large-print copy for a handout.
    expect(record.links.json).toBe(new URL(`/reuse/${slug}.json`, canonical!).href);
    expect(record.links.snippet).toBe(new URL(`/reuse/${slug}.html`, canonical!).href);
    const largePrintLinks = await page.locator('.large-print-link a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    const largePrint = largePrintLinks[0] ?? null;
    expect(record.links.largePrint ? new URL(record.links.largePrint).pathname : null).toBe(largePrint);
    await pages.give(opened);
  });
});

describe('embeddable snippet', () => {
  it('needs no script or style: placed in a page under a strict security policy, it shows with no violation', async () => {
    const { page, context, errors } = await watchedPage(browser);
    await open(page, '/for-clinics/');
    const served = await fetchText(`/reuse/${articles[0]}.html`);
    expect(served.status).toBe(200);
    expect(served.type).toMatch(/^text\/html/);
    const snippet = served.body;
    // Into a page under this site's strict CSP (no inline styles or scripts), as a portal would place it.
    await page.evaluate((html) => document.querySelector('main')!.insertAdjacentHTML('beforeend', html), snippet);
    expect(await page.locator('.ketamine-facts-snippet li').count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the for-clinics page', () => {
  it('documents the JSON and the snippet, with the license terms', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/for-clinics/');
    const section = page.locator('main');
    expect(await section.locator(`a[href="/reuse/${'warning-signs'}.json"]`).count()).toBeGreaterThan(0);
    expect(await section.locator(`a[href="/reuse/${'warning-signs'}.html"]`).count()).toBeGreaterThan(0);
    expect(await section.locator('a[href="https://creativecommons.org/licenses/by-nc-nd/4.0/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
