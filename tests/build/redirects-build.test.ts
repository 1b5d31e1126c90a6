/**
 * Renamed pages keep their old URLs, checked on a real build of the fixture site
 * (tests/fixtures/site) in which fixture-article lists a former slug. The fixture, not the real
 * content, so the test breaks neither when an editor retitles an article nor on any date. The old address must get a page that sends readers
 * on (meta refresh, canonical, visible link), a line in _redirects, and no place in the sitemap.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, createTempSite, runInTempSite, type TempSite } from '../../scripts/lib/temp-site.ts';

const OLD = 'old-fixture-address';
const NEW = 'fixture-article';
let site: TempSite;
let dist: string;
/** The fixture article's title, read from its file. */
let title: string;

beforeAll(async () => {
  // A temp copy with its own Astro cache, so this build never touches the project's dist/ or cache.
  site = createTempSite(join(PROJECT_ROOT, 'tests', 'fixtures', 'site', 'content'), 'redirects');
  const article = join(site.root, `content/articles/${NEW}.mdx`);
  const source = readFileSync(article, 'utf8');
  title = /^title: (.+)$/m.exec(source)![1];
  writeFileSync(article, source.replace(/^changelog:/m, `formerSlugs: [${OLD}]\nchangelog:`));
  const build = await runInTempSite(site.root, 'npx', ['astro', 'build'], { SITE_TODAY: '2026-11-21' });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  dist = join(site.root, 'dist');
}, 120_000);
afterAll(() => site?.remove());

describe('an article with a former slug', () => {
  it('leaves a page at the old address that sends readers to the new one', () => {
    const html = readFileSync(join(dist, OLD, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${NEW}/">`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+/${NEW}/">`));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<a href="/${NEW}/">${title}</a>`);
    expect(html).toContain('<html lang="en-US"');
  });

  it('lists the old address in _redirects for hosts that answer with a 301', () => {
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`/${OLD}/ /${NEW}/ 301`);
  });

  it('keeps the old address out of the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/${NEW}/`);
    expect(sitemap).not.toContain(`/${OLD}/`);
    expect(existsSync(join(dist, OLD))).toBe(true);
  });
});
