/**
 * Search finds each article the way readers ask: by its plain-words question, by the slang,
 * brand and generic names in the glossary, and by the words a worried parent would type.
 * "Top 3" because a reader rarely looks further on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { open, reusedWatchedPages, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** [query, the article that must be among the first three results, why a reader would type it] */
const QUERIES: [string, string, string][] = [
  ['is ketamine addictive', '/is-ketamine-addictive/', 'plain question'],
  ['can you get addicted to spravato', '/is-ketamine-addictive/', 'brand name'],
  ['ketamine tolerance dependence', '/addiction-dependence-tolerance/', 'plain words'],
  ['withdrawal', '/addiction-dependence-tolerance/', 'plain word'],
  ['recreational ketamine', '/medical-vs-recreational-ketamine/', 'plain words'],
  ['special k', '/medical-vs-recreational-ketamine/', 'street name'],
  ['k-hole', '/medical-vs-recreational-ketamine/', 'slang'],
  ['spravato rems', '/spravato-rems-and-off-label-ketamine/', 'brand and programme name'],
  ['esketamine nasal spray', '/spravato-rems-and-off-label-ketamine/', 'generic name'],
  ['at home ketamine lozenges', '/spravato-rems-and-off-label-ketamine/', 'plain words'],
  ['warning signs', '/warning-signs/', 'plain words'],
  ['my son is using ketamine', '/warning-signs/', 'worried parent'],
  ['questions to ask a ketamine clinic', '/questions-to-ask-a-ketamine-clinic/', 'plain question'],
  ['how does ketamine work for depression', '/how-ketamine-treats-depression/', 'plain question'],
  ['ketamine side effects', '/side-effects-and-long-term-risks/', 'plain words'],
  ['ketamine bladder', '/side-effects-and-long-term-risks/', 'plain words'],
  ['who should not take ketamine', '/who-is-at-higher-risk/', 'plain question'],
  ['treatment resistant depression options', '/other-treatments-for-depression/', 'plain words'],
  ['TMS', '/other-treatments-for-depression/', 'abbreviation'],
  ['electroconvulsive therapy', '/other-treatments-for-depression/', 'medical name'],
  ['worried about my daughter', '/for-families/', 'worried parent'],
  ['how to help a family member', '/for-families/', 'worried parent'],
];

describe('search finds each article', () => {
  // Up to the browser project's maxConcurrency queries at once, each open page handed on to the
  // next query (site.ts, reusedPages). Nothing a search stores is read by the next one: the
  // words for highlighting are stored only when a result is opened, which these never do.
  const pages = reusedWatchedPages(() => browser);
  it.concurrent.each(QUERIES)('"%s" → %s (%s)', async (query, expected) => {
    const opened = await pages.take();
    const { page } = opened;
    await open(page, `/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-status').filter({ hasText: /result|No results|could not load/ }).waitFor();
    const top = await page.locator('.search-results > li h2 a').evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(top).toContain(expected);
    await pages.give(opened);
  });
});
