/**
 * Printable handouts: "Questions to ask a ketamine clinic" and "Warning signs" each print on one
 * US Letter and one A4 page, with tick boxes (and room for notes on the clinic questions), the
 * crisis numbers, and a footer with the page's address, version date and the site name. Any
 * printed article carries the same footer.
 *
 * These target the real articles; they fail until both are merged with `handout: true` in
 * their frontmatter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const HANDOUTS = [
  { path: '/questions-to-ask-a-ketamine-clinic/', notes: true },
  { path: '/warning-signs/', notes: false },
];
const FORMATS = ['Letter', 'A4'] as const;

async function printedPages(page: Page, format: (typeof FORMATS)[number]): Promise<number> {
  const pdf = await page.pdf({ format, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** What shows in print: the print stylesheet applied to the page as it is. */
async function visibleInPrint(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible();
}

describe.each(HANDOUTS)('handout $path', ({ path, notes }) => {
  it.each(FORMATS)('prints on one %s page with tick boxes, crisis numbers and its footer', async (format) => {
    const { page, context } = await watchedPage(browser);
    const response = await open(page, path);
    expect(response?.status(), `${path} must exist`).toBe(200);
    expect(await page.locator('body.handout-page').count(), `${path} needs \`handout: true\` in its frontmatter`).toBe(1);
    await page.emulateMedia({ media: 'print' });

    expect(await visibleInPrint(page, 'h1')).toBe(true);
    expect(await page.locator('.checklist input[type="checkbox"]').count()).toBeGreaterThan(3);
    expect(await visibleInPrint(page, '.checklist input[type="checkbox"]')).toBe(true);
    if (notes) expect(await visibleInPrint(page, '.note-lines')).toBe(true);
    expect(await visibleInPrint(page, '.crisis-help')).toBe(true);
    expect(await page.locator('.crisis-help').innerText()).toMatch(/988[\s\S]*911|911[\s\S]*988/);
    // Only the handout parts: the long explanation, references and page furniture stay on screen.
    for (const hidden of ['.site-header', '.site-footer', '.references', '.key-points', '.review-dates']) {
      expect(await visibleInPrint(page, hidden), `${hidden} should not print on a handout`).toBe(false);
    }
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.innerText()).toMatch(new RegExp(`^Ketamine Facts · https?://[^ ]+${path} · Version of \\d{1,2} \\w+ \\d{4}`));

    expect(await printedPages(page, format)).toBe(1);
    await context.close();
  });
});

describe('any printed article', () => {
  it('ends with the site name, its address and version date, and hides screen-only parts', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, '/is-ketamine-addictive/');
    expect(await page.locator('.print-footer').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-footer').innerText()).toMatch(/^Ketamine Facts · https?:\/\/[^ ]+\/is-ketamine-addictive\/ · Version of \d{1,2} \w+ \d{4}, last reviewed/);
    expect(await page.locator('.references').isVisible()).toBe(true);
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    // A full article prints whole (the handout rules hide nothing here), so it runs past one page.
    expect(await printedPages(page, 'Letter')).toBeGreaterThan(1);
    await context.close();
  });
});
