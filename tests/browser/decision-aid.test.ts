/**
 * The decision aid for hard-to-treat depression (content/articles/hard-to-treat-depression-decision-aid.mdx,
 * rendered from content/treatment-options/): every option and element the page promises, icon
 * arrays as build-time SVG with a text alternative, readable with JavaScript off, and a
 * "My options" summary that prints on one page. Also the shared "other choices" block on the
 * articles that used to repeat their own lists, and its link to the decision aid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  .map((name) => ({ id: name.slice(0, -5), ...(parseYaml(readFileSync(join(OPTIONS_DIR, name), 'utf8')) as { name: string; order: number; asksInShort: string; figures: { groups: { per100: number; label: string }[]; paidBy: string; evidenceYear: string }[]; otherChoicesLine?: { text: string } }) }))
  // Page order: `order`, then file name (src/lib/treatment-options.ts).
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

describe('decision aid', () => {
  it('names the decision, every option the issue lists, and a short card per option with its detail collapsed', async () => {
    const { page, context, errors } = await watchedPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    expect((await open(page, PATH))?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(await page.locator('#the-decision ~ p:not(.section-link)').first().innerText()).toMatch(/^You and your clinician are choosing what to try next/);
    for (const name of ['Spravato', 'IV', 'ECT', 'rTMS', 'medicines', 'Talking therapy', 'current plan']) expect(text).toContain(name);
    for (const drug of ['aripiprazole', 'brexpiprazole', 'cariprazine', 'quetiapine XR', 'olanzapine-fluoxetine', 'lumateperone']) expect(text).toContain(drug);
    // The page says, before the figures, that figures from different studies are not to be compared.
    expect(text).toMatch(/Do not compare figures from different studies/);
    expect(await page.locator('section.option').count()).toBe(options.length);
    for (const option of options) {
      const section = page.locator(`section.option:has(#option-${option.id})`);
      expect(await section.locator('h3').innerText()).toBe(option.name);
      // The card shows what the option asks of you in short; the rest waits in one closed <details>.
      expect(await section.innerText()).toContain(`Asks of you: ${option.asksInShort}`);
      const detail = section.locator('details.option-detail');
      expect(await detail.count()).toBe(1);
      expect(await detail.getAttribute('open')).toBeNull();
      expect(await section.locator('h4').first().isVisible()).toBe(false);
      // Opening it (natively, with JavaScript off) shows every part of the option's detail.
      await detail.locator('summary').click();
      const opened = await section.innerText();
      for (const part of ['What it can do', 'Possible harms', 'What it asks of you', 'What is not known']) expect(opened).toContain(part);
      expect(opened).toMatch(/Time:[\s\S]*Visits:[\s\S]*In daily life:/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone: no more than 18 screens and 2,400 visible words at 390x844, nothing wider than 320 px', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await open(page, PATH);
    const { screens, words } = await page.evaluate(() => {
      const article = document.querySelector<HTMLElement>('article')!;
      return { screens: (article.getBoundingClientRect().bottom + window.scrollY) / 844, words: article.innerText.split(/\s+/).filter(Boolean).length };
    });
    expect(screens).toBeLessThanOrEqual(18);
    expect(words).toBeLessThanOrEqual(2400);
    await page.setViewportSize({ width: 320, height: 700 });
    for (const detail of await page.locator('details.option-detail summary').all()) await detail.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('works by keyboard: Tab reaches each option\'s details and Enter opens it', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await open(page, PATH);
    const summaries = page.locator('details.option-detail summary');
    expect(await summaries.count()).toBe(options.length);
    // Start at the options heading and tab forward: each summary is reached in page order.
    await page.locator('#option-' + options[0].id).evaluate((h) => { h.setAttribute('tabindex', '-1'); h.focus(); });
    let reached = 0;
    for (let presses = 0; presses < 200 && reached < options.length; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('details.option-detail summary') ?? false)) {
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => (document.activeElement!.parentElement as HTMLDetailsElement).open)).toBe(true);
        reached += 1;
      }
    }
    expect(reached).toBe(options.length);
    // The summary's radio buttons are reachable and can be chosen with the keyboard too.
    const first = page.locator('.my-options input[type="radio"]').first();
    await first.focus();
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
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
      const label = (await page.locator(`#${await svg.getAttribute('aria-labelledby')}`).textContent())!.trim();
      expect(label).toMatch(new RegExp(`^${expected[i]} in 100 who .+\\.$`));
      // One person shape (a head arc) per person: filled ones first, then the rest.
      const heads = await svg.locator('path').evaluateAll((paths) => paths.map((p) => (p.getAttribute('d')!.match(/a2 2 0 1 1 0 4/g) ?? []).length));
      expect(heads).toEqual([100 - expected[i], expected[i]]);
    }
    // Every figure says which study it is from, when, and who paid for it.
    const captions = (await page.locator('.option-figure figcaption').allTextContents()).map((caption) => caption.replace(/\s+/g, ' ').trim());
    expect(captions.length).toBe(options.reduce((n, o) => n + o.figures.length, 0));
    for (const caption of captions) expect(caption).toMatch(/^From one study: .+ \(\d{4}\)\. Paid for by: .+\./);
    // ...and those are the study's own year and funder from the data, figure by figure.
    const figures = options.flatMap((option) => option.figures);
    figures.forEach((figure, i) => expect(captions[i]).toContain(`(${figure.evidenceYear}). Paid for by: ${figure.paidBy}.`));
    // The sources table: one row per figure, with the study's date and its funder.
    const rows = page.locator('.option-sources tbody tr');
    expect(await rows.count()).toBe(captions.length);
    for (const [i, figure] of figures.entries()) {
      const [study, paidBy] = (await rows.nth(i).locator('td').allTextContents()).map((cell) => cell.replace(/\s+/g, ' ').trim());
      expect(study).toMatch(new RegExp(`published (\\d{1,2} )?([A-Z][a-z]+ )?${figure.evidenceYear}\\.`));
      expect(paidBy).toBe(figure.paidBy);
    }
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

/** axe-core, as tests/browser/accessibility.test.ts runs it; that test sees the options' <details> closed, so axe skips what is inside. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
describe('decision aid with every option opened', () => {
  it.each([
    ['light', 390],
    ['dark', 390],
    ['light', 1280],
  ] as const)('passes axe (WCAG 2.2 A/AA) in %s scheme at %i px', async (colorScheme, width) => {
    const { page, context } = await watchedPage(browser, { colorScheme, viewport: { width, height: 900 } });
    await open(page, PATH);
    for (const summary of await page.locator('details.option-detail summary').all()) await summary.click();
    expect(await page.locator('details.option-detail[open]').count()).toBe(options.length);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is defined by the script evaluated above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    expect(violations).toEqual([]);
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
