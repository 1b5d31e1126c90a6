/**
 * The clinic kit as built in dist/ (no browser; tests/browser/handouts.test.ts and reuse.test.ts
 * print and open the pages): every handout article is built as a handout with a large-print copy;
 * every article's embeddable snippet carries its JSON's summary and key points with attribution;
 * and this build, made without SITE_CONTACT, shows no contact link anywhere while the About page
 * says there is no contact route yet (the configured case: site-settings-build.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DIST, htmlPages, urlPathOf } from '../../scripts/lib/built-site.ts';
import { PROJECT_ROOT } from '../../scripts/lib/temp-site.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const pages = htmlPages().map((file) => ({ path: urlPathOf(file), root: parse(readFileSync(file, 'utf8')) }));
const pageAt = (path: string) => pages.find((page) => page.path === path)!;

/** Articles whose frontmatter says `handout: true`, read from the sources, not from the build. */
const articlesDir = join(PROJECT_ROOT, 'content', 'articles');
const handoutSlugs = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.mdx'))
  .filter((name) => parseYaml(readFileSync(join(articlesDir, name), 'utf8').split(/^---$/m)[1]).handout === true)
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();

describe('handouts', () => {
  it('every article marked `handout: true` is built as a handout, with a large-print copy, and nothing else is', () => {
    expect(handoutSlugs.length).toBeGreaterThanOrEqual(2);
    const built = pages.filter(({ root }) => root.querySelector('body.handout-page')).map(({ path }) => path);
    expect(built.filter((path) => !path.startsWith('/large-print/')).sort()).toEqual(handoutSlugs.map((slug) => `/${slug}/`));
    expect(built.filter((path) => path.startsWith('/large-print/')).sort()).toEqual(handoutSlugs.map((slug) => `/large-print/${slug}/`));
  });
});

const articles = pages.filter(({ root }) => root.querySelector('article.article')).map(({ path }) => path.slice(1, -1));
const reuseRecord = (slug: string) => JSON.parse(readFileSync(join(DIST, 'reuse', `${slug}.json`), 'utf8'));

describe('embeddable snippet', () => {
  it('exists for every article', () => expect(articles.length).toBeGreaterThan(5));

  it.each(articles)('/reuse/%s.html holds the summary and key points of its JSON, with attribution', (slug) => {
    const record = reuseRecord(slug);
    const root = parse(readFileSync(join(DIST, 'reuse', `${slug}.html`), 'utf8'));
    expect(root.querySelectorAll('script, style, [style]')).toHaveLength(0);
    const section = root.querySelector('section.ketamine-facts-snippet')!;
    expect(section.querySelector('h2 a')!.getAttribute('href')).toBe(record.url);
    expect(squash(section.querySelector('h2')!.text)).toBe(record.title);
    expect(squash(section.querySelector('.ketamine-facts-summary')!.text)).toBe(record.summary);
    expect(section.querySelectorAll('.ketamine-facts-key-points li').map((li) => squash(li.text))).toEqual(record.keyPoints);
    const attribution = section.querySelector('.ketamine-facts-attribution')!;
    expect(attribution.querySelector(`a[href="${record.url}"]`)?.text).toBe('Ketamine Facts');
    expect(attribution.querySelector('a[rel="license"]')!.getAttribute('href')).toBe(record.license.url);
    expect(attribution.text).toContain(record.license.name);
  });

  it('the JSON names its license terms at a section that exists on the for-clinics page', () => {
    const terms = new URL(reuseRecord(articles[0]).license.terms.match(/https?:\/\/\S+$/)![0]);
    expect(terms.pathname).toBe('/for-clinics/');
    expect(pageAt('/for-clinics/').root.querySelector(`#${terms.hash.slice(1)}`)?.tagName).toBe('H2');
  });
});

describe('report a problem, with no contact address configured', () => {
  it('no page shows a report link or a mailto address', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, root } of pages) expect(root.querySelectorAll('.report-problem, a[href^="mailto:"]').length, path).toBe(0);
  });

  it('the About page says plainly that there is no contact route yet', () => {
    const callout = pageAt('/about/').root.querySelector('#contact ~ .callout');
    expect(squash(callout?.text ?? '')).toMatch(/There is no way to contact the editors yet/);
  });
});
