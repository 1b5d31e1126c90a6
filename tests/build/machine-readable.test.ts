/**
 * What machines read, in the built files: JSON-LD MedicalWebPage on every article, canonical and
 * Open Graph tags, robots.txt pointing at the sitemap, and the comparison data downloads matching
 * the table a reader sees. Parsing in the browser is tests/browser/machine-readable.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../../scripts/lib/built-site.ts';

const pages = builtPages();
const articles = pages.filter(({ root }) => root.querySelector('article.article'));
const text = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

describe('JSON-LD', () => {
  it.each(articles.map(({ path }) => path))('%s is a MedicalWebPage naming its review date, topic, audience and citations', (path) => {
    const { root } = articles.find((a) => a.path === path)!;
    const blocks = root.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0].textContent);
    const canonical = root.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data.url).toBe(canonical);
    expect(data.name).toBe(text(root.querySelector('h1')));
    expect(data.lastReviewed).toBe(root.querySelector('.review-dates time')!.getAttribute('datetime'));
    expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.about).toMatchObject({ '@type': 'Drug', name: 'Ketamine' });
    expect(data.audience.length).toBeGreaterThan(0);
    for (const audience of data.audience) expect(['Patient', 'Caregiver', 'Clinician']).toContain(audience.audienceType);
    // Every reference in the list, in the same order, and nothing else.
    const references = root.querySelectorAll('.references li > a[href^="http"]').map((a) => a.getAttribute('href'));
    expect(data.citation.map((c: { url: string }) => c.url)).toEqual(references);
  });

});

describe('link previews and search engines', () => {
  it.each(pages.filter(({ path }) => !path.endsWith('.html')).map(({ path }) => path))('%s has a canonical address and Open Graph tags', (path) => {
    const { root } = pages.find((p) => p.path === path)!;
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // A large-print copy repeats its article, so it names the article as the canonical page
    // (src/pages/large-print/[slug].astro); every other page names itself.
    const canonicalPath = path.startsWith('/large-print/') ? path.slice('/large-print'.length) : path;
    expect(canonical).toMatch(new RegExp(`^https://[^/]+${canonicalPath}$`));
    expect(root.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
      expect(root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
  });

  it('robots.txt allows crawling and names the sitemap, which lists every article', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemapUrl = robots.match(/^Sitemap: (https:\/\/\S+)$/m)?.[1];
    expect(sitemapUrl).toBeDefined();
    const sitemapFile = join(DIST, new URL(sitemapUrl!).pathname);
    expect(existsSync(sitemapFile)).toBe(true);
    const listed = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const { path } of articles) expect(listed).toContain(`${path}</loc>`);
  });
});

describe('comparison data downloads', () => {
  const tables = articles.flatMap(({ path, root }) => root.querySelectorAll('figure.comparison').map((figure) => ({ path, figure })));

  it('at least one article shows a comparison table', () => {
    expect(tables.length).toBeGreaterThan(0);
  });

  it.each(tables.map(({ path, figure }) => [figure.id, path, figure] as const))('%s on %s: the CSV rows equal the table cells', (id, _path, figure) => {
    const columns = figure.querySelectorAll('thead th').slice(1).map(text);
    const shown = figure.querySelectorAll('tbody tr').flatMap((row) =>
      row.querySelectorAll('td').map((cell, i) => {
        const sources = cell.querySelectorAll('sup.cite a').map((a) => a.getAttribute('href')!.replace(/^#ref-/, ''));
        cell.querySelectorAll('.cell-label, sup.cite').forEach((part) => part.remove());
        return [text(row.querySelector('th[scope="row"]')), columns[i], text(cell), sources.join(' ')];
      }),
    );
    const csvFile = figure.querySelector('a[href$=".csv"]')!.getAttribute('href')!;
    expect(csvFile).toBe(`/data/${id.replace(/^table-/, '')}.csv`);
    const csv = parseCsv(readFileSync(join(DIST, csvFile), 'utf8')) as string[][];
    expect(csv[0]).toEqual(['aspect', 'compared', 'text', 'sources']);
    expect(csv.slice(1)).toEqual(shown);
    const json = JSON.parse(readFileSync(join(DIST, csvFile.replace(/\.csv$/, '.json')), 'utf8'));
    expect(json.rows.flatMap((row: { aspect: string; cells: Record<string, { text: string }> }) => Object.values(row.cells).map((cell) => [row.aspect, cell.text]))).toEqual(
      shown.map(([aspect, , cellText]) => [aspect, cellText]),
    );
  });
});
