/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page, in light and dark colour schemes, at a
 * phone width (390 px) and a desktop width (1280 px); and no sideways scrolling at 320 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPagePaths, open, reusedPages, withBrowser } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** Run axe in the page (evaluated through the browser's debugging protocol, so the page's CSP still applies to the page itself). */
async function axeViolations(page: Page): Promise<string[]> {
  // Once per page: axe is still there after a resize or a change of colour scheme.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is defined by the script evaluated above
    // resultTypes: axe still runs every rule on every element, but builds the report (selectors,
    // HTML snippets) only for violations, not for each of the thousands of elements that pass.
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, WCAG_TAGS);
  return results;
}

const paths = allPagePaths();
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [390, 1280] as const;

// One page load per page, then every check on it: the layout at 320 px first (as loaded), then
// axe at each width and colour scheme, switched in place. The site's scripts read neither the
// width nor the colour scheme (both are CSS media queries only), so a resized or re-coloured page
// is the page a reader at that width or in that scheme gets; loading it four more times only cost
// time. Several pages are checked at once (the browser project's maxConcurrency), each in its own
// browser context, so page loads and axe in separate renderer processes overlap; each open page
// is handed on to the next test (site.ts, reusedPages), set back to 320 px and the light scheme.
describe.concurrent('every page', () => {
  const pages = reusedPages(
    async () => {
      const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 320, height: 640 } });
      return { context, page: await context.newPage() };
    },
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: 'light' });
    },
  );
  it.for(paths)('%s: no horizontal scroll at 320 px, and no WCAG 2.2 A/AA violation (axe) in light and dark schemes at 390 and 1280 px', async (path, { expect }) => {
    const opened = await pages.take();
    const { page } = opened;
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    const violations: Record<string, string[]> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        violations[`${scheme} scheme at ${width} px`] = await axeViolations(page);
      }
    }
    expect(violations).toEqual(Object.fromEntries(WIDTHS.flatMap((width) => SCHEMES.map((scheme) => [`${scheme} scheme at ${width} px`, []]))));
    await pages.give(opened);
  });
});
