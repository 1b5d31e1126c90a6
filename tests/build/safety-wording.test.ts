/**
 * One home for safety wording, checked on the built site: every emergency sign and every step
 * shown on any page (data-safety-item="<record>/<item>") reads exactly as its record in
 * content/safety; every emergency box on an article is a rendered record; and the pages the
 * safety issue names show the records it names. A page that retyped or edited a sign would fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';

const SAFETY_DIR = join(import.meta.dirname, '..', '..', 'content', 'safety');
interface SafetyFile { title: string; items: { id: string; text: string }[] }
const records = new Map(
  readdirSync(SAFETY_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), parseYaml(readFileSync(join(SAFETY_DIR, f), 'utf8')) as SafetyFile]),
);
const pages = htmlPages().map((file) => ({ path: urlPathOf(file), root: parse(readFileSync(file, 'utf8')) }));
const page = (path: string) => pages.find((p) => p.path === path)!;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Records shown as full boxes on a page (not counting the crisis box's run-in list). */
const boxesOn = (root: HTMLElement) => root.querySelectorAll('.safety-record').map((box) => box.getAttribute('data-safety'));

describe('safety wording has one home', () => {
  it('reads the records and the built site', () => {
    expect(records.size).toBeGreaterThanOrEqual(7);
    expect(pages.length).toBeGreaterThan(20);
    expect(DIST).toContain('dist');
  });

  it.for(pages.map((p) => [p.path, p] as const))('%s: every safety item reads exactly as its record', ([, { root }]) => {
    const items = root.querySelectorAll('[data-safety-item]');
    // The crisis box is on every page, so every page shows at least the 911 signs.
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [record, id] = item.getAttribute('data-safety-item')!.split('/');
      const expected = records.get(record)?.items.find((i) => i.id === id)?.text;
      expect(expected, `record ${record}/${id} exists`).toBeDefined();
      const shown = item.querySelector('.safety-text') ?? item;
      expect(squash(shown.textContent)).toBe(squash(expected!));
    }
    // Every emergency box inside an article is a rendered record.
    for (const box of root.querySelectorAll('.prose .callout-emergency')) {
      expect(box.classList.contains('safety-record'), `emergency box "${squash(box.textContent).slice(0, 60)}" is a safety record`).toBe(true);
    }
  });

  it.each([
    ['/get-help/', ['while-you-wait', 'call-911', 'get-care-today', 'good-samaritan', 'street-ketamine', 'take-home-ketamine']],
    ['/warning-signs/', ['call-911', 'while-you-wait', 'good-samaritan', 'street-ketamine']],
    ['/for-families/', ['call-911', 'while-you-wait', 'good-samaritan']],
    ['/side-effects-and-long-term-risks/', ['call-911', 'while-you-wait', 'street-ketamine', 'get-care-today', 'can-wait']],
  ])('%s shows the records %j', (path, expected) => {
    expect(boxesOn(page(path).root)).toEqual(expect.arrayContaining(expected));
  });

  it('the crisis box on every page, the 404 page included, shows every 911 sign', () => {
    const signs = records.get('call-911')!.items.map((i) => `call-911/${i.id}`);
    for (const { path, root } of pages) {
      const inBox = root.querySelectorAll('.crisis-help [data-safety-item]').map((el) => el.getAttribute('data-safety-item'));
      expect(inBox, path).toEqual(signs);
    }
    expect(pages.some((p) => p.path === '/404.html')).toBe(true);
  });
});
