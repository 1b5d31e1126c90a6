/**
 * The decision aid for hard-to-treat depression (content/articles/hard-to-treat-depression-decision-aid.mdx,
 * rendered from content/treatment-options/): every option and element the page promises, icon
 * arrays as build-time SVG with a text alternative, readable with JavaScript off, and a
 * "My options" summary that prints on one page. Also the shared "other choices" block on the
 * articles that used to repeat their own lists, and its link to the decision aid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { open, watchedPage, withBrowser } from './site.ts';

const PATH = '/hard-to-treat-depression-decision-aid/';
const OPTIONS_DIR = join(import.meta.dirname, '../../content/treatment-options');
const options = readdirSync(OPTIONS_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.slice(0, -5), ...(parseYaml(readFileSync(join(OPTIONS_DIR, name), 'utf8')) as { name: string; order: number; figures: { groups: { per100: number; label: string }[]; paidBy: string }[]; otherChoicesLine?: { text: string } }) }))
  // Page order: `order`, then file name (src/lib/treatment-options.ts).
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

describe('decision aid', () => {
  it('names the decision, every option the issue lists, and each option section', async () => {
    const { page, context, errors } = await watchedPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    expect((await open(page, PATH))?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(await page.locator('#the-decision ~ p:not(.section-link)').first().innerText()).toMatch(/^You and your clinician are choosing what to try next/);
    for (const name of ['Spravato', 'IV', 'ECT', 'rTMS', 'medicines', 'Talking therapy', 'current plan']) expect(text).toContain(name);
    for (const drug of ['aripiprazole', 'brexpiprazole', 'cariprazine', 'quetiapine XR', 'olanzapine-fluoxetine', 'lumateperone']) expect(text).toContain(drug);
    for (const option of options) {
      const section = page.locator(`section.option:has(#option-${option.id})`);
      expect(await section.locator('h3').innerText()).toBe(option.name);
      for (const part of ['What it can do', 'Possible harms', 'What it asks of you', 'What is not known']) expect(await section.innerText()).toContain(part);
      expect(await section.innerText()).toMatch(/Time:[\s\S]*Visits:[\s\S]*In daily life:/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws each figure as an SVG icon array of 100 people, labelled by its "N in 100" sentence', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await open(page, PATH);
    const expected = options.flatMap((option) => option.figures.flatMap((figure) => figure.groups.map((group) => group.per100)));
    const arrays = page.locator('.icon-array svg[role="img"]');
    expect(await arrays.count()).toBe(expected.length);
    for (let i = 0; i < expected.length; i += 1) {
      const svg = arrays.nth(i);
      const label = await page.locator(`#${await svg.getAttribute('aria-labelledby')}`).innerText();
      expect(label).toMatch(new RegExp(`^${expected[i]} in 100 who .+\\.$`));
      // One person shape (a head arc) per person: filled ones first, then the rest.
      const heads = await svg.locator('path').evaluateAll((paths) => paths.map((p) => (p.getAttribute('d')!.match(/a2 2 0 1 1 0 4/g) ?? []).length));
      expect(heads).toEqual([100 - expected[i], expected[i]]);
    }
    // Every figure says which study it is from, when, and who paid for it.
    const captions = await page.locator('.option-figure figcaption').allInnerTexts();
    expect(captions.length).toBe(options.reduce((n, o) => n + o.figures.length, 0));
    for (const caption of captions) expect(caption).toMatch(/^From one study: .+ \(\d{4}\)\. Paid for by: .+\./);
    expect(await page.locator('.option-sources li').count()).toBe(captions.length);
    await context.close();
  });

  it.each(['Letter', 'A4'] as const)('prints the My options summary, values worksheet and SURE test on one %s page', async (format) => {
    const { page, context } = await watchedPage(browser);
    await open(page, PATH);
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.my-options');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator('caption').allInnerTexts()).toEqual(['My options', 'How much does each of these matter to you?', 'The SURE test']);
    expect(await summary.locator('tbody tr').first().locator('input[type="radio"]').count()).toBe(3);
    for (const option of options) expect(await summary.innerText()).toContain(option.name);
    for (const hidden of ['.references', '.option', '.site-header']) expect(await page.locator(hidden).first().isVisible(), `${hidden} prints`).toBe(false);
    expect(await page.locator('.crisis-help').isVisible()).toBe(true);
    const pdf = await page.pdf({ format, printBackground: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await context.close();
  });
});

describe('the shared "other choices" block', () => {
  const lines = options.filter((option) => option.otherChoicesLine).map((option) => option.otherChoicesLine!.text);
  it.each([
    '/is-ketamine-addictive/',
    '/who-is-at-higher-risk/',
    '/addiction-dependence-tolerance/',
    '/how-ketamine-treats-depression/',
    '/medical-vs-recreational-ketamine/',
    '/spravato-rems-and-off-label-ketamine/',
    '/side-effects-and-long-term-risks/',
    '/for-families/',
  ])('%s shows one line per option from the data, cited, and links the decision aid', async (path) => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await open(page, path);
    const block = page.locator('.other-choices');
    expect(await block.count()).toBe(1);
    const items = await block.locator('li').allInnerTexts();
    expect(items.map((item) => item.replace(/\s*(\[\d+\])+$/, '').replace(/(\[\d+\])+/g, ''))).toEqual(lines);
    expect(await block.locator('li').evaluateAll((lis) => lis.every((li) => li.querySelector('sup.cite a[href^="#ref-"]')))).toBe(true);
    expect(await block.locator(`a[href="${PATH}"]`).count()).toBe(1);
    await context.close();
  });
});
