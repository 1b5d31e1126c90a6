/**
 * Ranking, tested the way readers meet it: every query in reader-queries.yaml is typed into the
 * site's own search page in a real browser, and the results it shows are read back. Every
 * expected page must be in the top 3, and at least 90 % must be first. The queries are readers'
 * words, kept apart from the pages' wording (see the file's header), so this measures search.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { open, watchedPage, withBrowser } from './site.ts';

interface ReaderQuery { q: string; first: string; who: 'patient' | 'family' | 'clinic'; note?: string }

const QUERIES = parse(readFileSync(new URL('./reader-queries.yaml', import.meta.url), 'utf8')) as ReaderQuery[];
const TOP = 3;
const FIRST_SHARE = 0.9;
/** Search pages typed into at once (the browser project's maxConcurrency). */
const SEARCH_PAGES = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** Put the query in the search page's box (no Enter: results come as you type) and read the result paths. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  // fill() fires one input event, as typing does; the search page searches after its typing pause.
  await page.locator('#page-q').fill(query);
  await page.locator('.search-status').filter({ hasText: new RegExp(`(result|No results).*“${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) }).waitFor();
  return page.locator('.search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search ranking for real reader queries', () => {
  it('has a set worth measuring: at least 40 queries, from all three kinds of reader, each naming a built page', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(QUERIES.map((q) => q.who))).toEqual(new Set(['patient', 'family', 'clinic']));
    for (const query of QUERIES) {
      expect(query.first, query.q).toMatch(/^\/([a-z0-9-]+\/)?$/);
      expect(query.q.trim(), 'no empty query').not.toBe('');
    }
    expect(new Set(QUERIES.map((q) => q.q.toLowerCase())).size, 'no query twice').toBe(QUERIES.length);
  });

  it(`puts every expected page in the top ${TOP}, and at least ${FIRST_SHARE * 100} % first`, async () => {
    // Each query waits out the page's typing pause before it searches, so the queries are shared
    // among a few search pages typed into side by side; the rows are kept in the file's order.
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const searchers = await Promise.all(Array.from({ length: SEARCH_PAGES }, () => watchedPage(browser, phone)));
    await Promise.all(searchers.map(({ page }) => open(page, '/search/')));
    const rows: { q: string; first: string; top: string[]; rank: number }[] = new Array(QUERIES.length);
    await Promise.all(searchers.map(async ({ page }, s) => {
      for (let i = s; i < QUERIES.length; i += SEARCH_PAGES) {
        const query = QUERIES[i];
        const top = (await searchFor(page, query.q)).slice(0, TOP);
        rows[i] = { q: query.q, first: query.first, top, rank: top.indexOf(query.first) + 1 };
      }
    }));
    const errors = searchers.flatMap((searcher) => searcher.errors);
    const firsts = rows.filter((r) => r.rank === 1).length;
    const report = rows.filter((r) => r.rank !== 1).map((r) => `  "${r.q}": expected ${r.first}, got ${r.top.join(' ') || '(nothing)'}`).join('\n');
    console.log(`search ranking: ${firsts}/${rows.length} first (${((100 * firsts) / rows.length).toFixed(1)} %), ${rows.filter((r) => r.rank > 0).length}/${rows.length} in the top ${TOP}\n${report}`);
    expect(rows.filter((r) => r.rank === 0).map((r) => `${r.q} → ${r.top.join(' ')}`), `expected page missing from the top ${TOP}`).toEqual([]);
    expect(firsts / rows.length, `share first:\n${report}`).toBeGreaterThanOrEqual(FIRST_SHARE);
    expect(errors).toEqual([]);
    await Promise.all(searchers.map(({ context }) => context.close()));
  });
});
