/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page, in light and dark colour schemes, at a
 * phone width (390 px) and a desktop width (1280 px); and no sideways scrolling at 320 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPagePaths, open, withBrowser } from './site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** Run axe in the page (evaluated through the browser's debugging protocol, so the page's CSP still applies to the page itself). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is defined by the script evaluated above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, WCAG_TAGS);
  return results;
}

const paths = allPagePaths();
const combos = paths.flatMap((path) => (['light', 'dark'] as const).flatMap((scheme) => [390, 1280].map((width) => [path, scheme, width] as const)));

// Each check has its own browser context, so several run at once (the browser project's
// maxConcurrency): page loads and axe in separate renderer processes overlap on two cores.
describe.concurrent('WCAG 2.2 A/AA (axe)', () => {
  it.for(combos)('%s in %s scheme at %i px', async ([path, scheme, width], { expect }) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await open(page, path);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.concurrent('readable at 320 px', () => {
  it.for(paths)('%s has no horizontal scroll', async (path, { expect }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
