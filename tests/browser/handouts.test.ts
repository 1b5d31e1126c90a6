/**
 * Printable handouts: every article built with `handout: true` (now "Questions to ask a ketamine
 * clinic" and "Warning signs") prints on one US Letter and one A4 page, with tick boxes (and room for notes on the clinic questions), the
 * crisis numbers, and a footer with the page's address, version date and the site name. Any
 * printed article carries the same footer.
 *
 * The clinic kit (issue 13): every printout carries a QR code of the page's canonical address,
 * read back here from the PDF as a phone would read the paper (tests/browser/printed-pdf.ts); a
 * handout adds a box the clinic fills in by hand and prints no citation numbers (the reference
 * list stays online), while a full page prints the reference list every number points to; each
 * handout has a large-print copy (16 pt or more, two pages at most); and a handout prints with
 * no colour at all, so a black-and-white copier loses nothing. What is on paper is read from the
 * PDF Chromium prints (its sheets, words and pixels), not only from the page's styles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';
import { colouredPixelsInPdf, qrCodesInPdf, sheetTexts, wordHeightsInPdf } from './printed-pdf.ts';
import { allPagePaths, open, reusedWatchedPages, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

const FORMATS = ['Letter', 'A4'] as const;

async function printedPages(page: Page, format: (typeof FORMATS)[number]): Promise<number> {
  const pdf = await page.pdf({ format, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** The PDF Chromium prints, and its page count. */
async function printToPdf(page: Page, format: (typeof FORMATS)[number]) {
  const pdf = await page.pdf({ format, printBackground: true });
  return { pdf, pages: (await PDFDocument.load(pdf)).getPageCount() };
}

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/**
 * Visible text that is not black, or that sits on a coloured background, in print: what a
 * black-and-white printer would turn into grey on grey. (The QR code's SVG is black and white.)
 */
async function colouredTextInPrint(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('svg') || !element.checkVisibility()) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (!ownText) continue;
      const style = getComputedStyle(element);
      const background = style.backgroundColor;
      if (style.color !== 'rgb(0, 0, 0)' || !(background === 'rgba(0, 0, 0, 0)' || background === 'rgb(255, 255, 255)')) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: color ${style.color} on ${background} (“${element.textContent!.trim().slice(0, 40)}”)`);
      }
    }
    return found;
  });
}

/** Visible text set smaller than `points` in print, with where it is. */
async function textSmallerThan(page: Page, points: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (!element.checkVisibility()) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (ownText && size < minPx - 0.01) found.push(`${element.tagName.toLowerCase()}.${element.className}: ${(size * 0.75).toFixed(1)} pt (“${element.textContent!.trim().slice(0, 40)}”)`);
    }
    return found;
  }, (points * 4) / 3);
}

/** Citation numbers as printed, such as [12] (src/components/mdx/Cite.astro). */
const printedCitationNumbers = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map(([, n]) => Number(n));

/**
 * The printed citation numbers of a PDF, and the numbers of the printed reference list (the
 * entries under the last "References" heading, each starting "12. " on its own line).
 */
function printedCitations(sheets: string[]): { cited: number[]; listed: number[] } {
  const text = sheets.join('\n');
  const heading = [...text.matchAll(/^References\s*$/gm)].at(-1);
  const body = heading ? text.slice(0, heading.index) : text;
  const list = heading ? text.slice(heading.index) : '';
  return { cited: printedCitationNumbers(body), listed: [...list.matchAll(/^\s*(\d+)\.\s/gm)].map(([, n]) => Number(n)) };
}

/** Boxes a reader marks on paper: a checklist's tick boxes, or the decision aid's My options grid. */
const MARK_BOXES = '.checklist input[type="checkbox"], .choice-grid input';

/** The line the crisis box prints instead of its "More ways to get help" link. */
const getHelpLine = (canonical: string) => `More ways to get help: ${new URL('/get-help/', canonical).href}`;

/**
 * Every page built as a handout (frontmatter `handout: true`), from dist/, and whether it has
 * writing lines; tests/build/clinic-kit-files.test.ts checks this is every handout article and
 * that each has a large-print copy.
 */
const HANDOUTS = htmlPages()
  .map((file) => ({ path: urlPathOf(file), root: parse(readFileSync(file, 'utf8')) }))
  .filter(({ path, root }) => root.querySelector('body.handout-page') && !path.startsWith('/large-print/'))
  .map(({ path, root }) => ({ path, notes: root.querySelector('.note-lines') !== null }));

describe('the handouts', () => {
  it('include the clinic questions (with writing lines) and the warning signs', () => {
    expect(HANDOUTS).toEqual(expect.arrayContaining([
      { path: '/questions-to-ask-a-ketamine-clinic/', notes: true },
      { path: '/warning-signs/', notes: false },
    ]));
  });
});

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
    expect(await page.locator(MARK_BOXES).count()).toBeGreaterThan(3);
    expect(await visibleInPrint(page, MARK_BOXES)).toBe(true);
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

  it.each(FORMATS)('on %s paper: a QR code of its address, the clinic box, dates space, no dangling citation numbers, black on white', async (format) => {
    const { page, context } = await watchedPage(browser);
    await open(page, path);
    await page.emulateMedia({ media: 'print' });

    // "Given to you by ______ · Call ______ with questions", with two blanks to write on.
    const clinicBox = page.locator('.clinic-box');
    expect(await clinicBox.isVisible(), 'the clinic box prints').toBe(true);
    expect((await clinicBox.innerText()).replace(/\s+/g, ' ').trim()).toBe('Given to you by · Call with questions');
    for (const blank of await clinicBox.locator('.write-in').all()) expect((await blank.boundingBox())!.width).toBeGreaterThan(90);
    expect(await clinicBox.locator('img, svg').count(), 'no logos').toBe(0);

    // Citation numbers would point to a reference list the sheet leaves out: none print, and the
    // sheet says where the sources are.
    expect(await page.locator('.cite').count()).toBeGreaterThan(0);
    expect(await page.locator('.cite').evaluateAll((marks) => marks.filter((mark) => mark.checkVisibility()).length)).toBe(0);
    expect(await page.locator('.print-sources-note').innerText()).toMatch(/source/i);

    // "More ways to get help" prints with its full address.
    const origin = new URL((await canonicalOf(page))!).origin;
    expect(await page.locator('.print-address').innerText()).toBe(`More ways to get help: ${origin}/get-help/`);

    // A checklist that asks for dates has a space for each one.
    for (const list of await page.locator('.checklist-dates').all()) {
      expect(await list.locator('.date-space').count()).toBe(await list.locator('li').count());
      expect(await list.locator('.date-space').first().isVisible()).toBe(true);
    }

    expect(await colouredTextInPrint(page)).toEqual([]);

    // The QR code, read off the printed PDF, is the page's canonical address, on its one page.
    const { pdf, pages } = await printToPdf(page, format);
    expect(pages).toBe(1);
    const canonical = (await canonicalOf(page))!;
    expect(qrCodesInPdf(pdf)).toEqual([canonical]);
    // On the paper itself: the clinic box, the get-help address, no citation number, no colour.
    const [sheet] = sheetTexts(pdf);
    expect(sheet.replace(/\s+/g, ' ')).toContain('Given to you by · Call with questions');
    // Whitespace as printed: the address may start a line of its own, but never breaks inside.
    expect(sheet.replace(/\s+/g, ' ')).toContain(getHelpLine(canonical));
    expect(printedCitationNumbers(sheet), 'citation numbers printed with no source list').toEqual([]);
    expect(colouredPixelsInPdf(pdf), 'pixels printed in colour').toBe(0);
    await context.close();
  });
});

describe.each(HANDOUTS)('large-print copy of $path', ({ path }) => {
  const largePrint = `/large-print${path}`;

  it('is linked from the handout page', async () => {
    const { page, context } = await watchedPage(browser);
    await open(page, path);
    const link = page.getByRole('link', { name: /large-print version/i });
    expect(await link.getAttribute('href')).toBe(largePrint);
    await context.close();
  });

  it.each(FORMATS)('prints on at most two %s pages, all text at 16 pt or more, black on white, with the clinic box and a QR code of the article', async (format) => {
    const { page, context, errors } = await watchedPage(browser);
    const response = await open(page, largePrint);
    expect(response?.status()).toBe(200);
    const articleUrl = await canonicalOf(page);
    expect(new URL(articleUrl!).pathname, 'its canonical address is the article').toBe(path);
    await page.emulateMedia({ media: 'print' });

    // The same handout parts as the normal handout: checklists and the crisis numbers.
    expect(await page.locator(MARK_BOXES).count()).toBeGreaterThan(3);
    expect(await page.locator('.crisis-help').innerText()).toMatch(/988[\s\S]*911|911[\s\S]*988/);
    expect(await page.locator('.clinic-box').isVisible()).toBe(true);
    expect(await textSmallerThan(page, 16)).toEqual([]);
    expect(await colouredTextInPrint(page)).toEqual([]);

    const { pdf, pages } = await printToPdf(page, format);
    expect(pages).toBeLessThanOrEqual(2);
    // The code is in the footer, on the last page (reading only that page keeps the test quick).
    expect(qrCodesInPdf(pdf, [pages])).toEqual([articleUrl]);
    // In the PDF too: no word's box is shorter than 16 pt text makes it (printed-pdf.ts), no colour.
    const words = wordHeightsInPdf(pdf);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter(({ height }) => height < 16 * 1.1).map(({ word, height }) => `${word} ${height.toFixed(1)} pt`)).toEqual([]);
    expect(printedCitationNumbers(sheetTexts(pdf).join('\n'))).toEqual([]);
    expect(colouredPixelsInPdf(pdf), 'pixels printed in colour').toBe(0);
    expect(errors).toEqual([]);
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

describe('every page', () => {
  // Each page's PDF (US Letter) is read as paper: the sheet with the QR code's caption is
  // rasterized and its code decoded (the code sits beside the crisis box near the end, and the
  // site footer may run on to one more sheet, so the sheet is found by its text).
  const pages = allPagePaths().filter((path) => path !== '/this-page-does-not-exist/');
  // One open page handed from test to test (site.ts, reusedPages), back on screen media each time.
  const openPages = reusedWatchedPages(() => browser);

  it.each(pages)('%s prints a readable QR code of its canonical address, the get-help address, and only citation numbers that resolve', async (path) => {
    const opened = await openPages.take();
    const { page } = opened;
    await open(page, path);
    const canonical = (await canonicalOf(page))!;
    expect(canonical).toMatch(/^https:\/\//);
    expect(await page.locator('.print-qr').isVisible(), 'hidden on screen').toBe(false);
    await page.emulateMedia({ media: 'print' });
    const handout = (await page.locator('body.handout-page').count()) > 0;
    expect(await page.locator('.clinic-box').isVisible(), 'the clinic box is for handouts only').toBe(handout);

    const { pdf } = await printToPdf(page, 'Letter');
    const sheets = sheetTexts(pdf);
    const withCode = sheets.flatMap((text, i) => (/Scan\s+to\s+open\s+this\s+page/.test(text) ? [i + 1] : []));
    expect(withCode, 'one sheet carries the QR code').toHaveLength(1);
    expect(qrCodesInPdf(pdf, withCode)).toEqual([canonical]);
    expect(sheets.join('\n').replace(/\s+/g, ' ')).toContain(getHelpLine(canonical));

    // Citation numbers on paper resolve: each one printed has its entry in the printed reference list.
    const { cited, listed } = printedCitations(sheets);
    if (handout) expect(cited).toEqual([]);
    expect([...new Set(cited)].filter((n) => !listed.includes(n)), 'printed citation numbers with no printed source').toEqual([]);
    await openPages.give(opened);
  });

  it('reads the citation numbers and the reference list off a printed full article', async () => {
    // Guards the check above: were the reference list not read from the PDF, every number would fail;
    // were citation numbers not read at all, this fails.
    const { page, context } = await watchedPage(browser);
    await open(page, '/is-ketamine-addictive/');
    await page.emulateMedia({ media: 'print' });
    const { cited, listed } = printedCitations(sheetTexts((await printToPdf(page, 'Letter')).pdf));
    expect(cited.length).toBeGreaterThan(20);
    expect(listed.length).toBeGreaterThan(10);
    await context.close();
  });
});
