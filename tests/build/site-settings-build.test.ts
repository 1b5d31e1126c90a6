/**
 * The site's two deployment settings on a real build (a temporary copy of the site): with
 * SITE_URL and SITE_CONTACT set, the build does not warn about placeholder addresses, every page
 * carries "Report a problem with this page" with its own address and version date, the About
 * page names the address, and printed QR codes use the real address. The small fixture site is
 * built without SITE_URL (it must warn, at the start and the end), as `npm start` builds it (no
 * warning: a local preview keeps the placeholder) and with a malformed one (it must stop). (The project's own build has no SITE_CONTACT: tests/browser/reuse.test.ts checks that no
 * page shows a contact link.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles, urlPathOfFile } from '../../src/lib/built-pages.ts';
import { PROJECT_ROOT, createTempSite, runInTempSite, type RunResult, type TempSite } from '../../scripts/lib/temp-site.ts';

// Reserved example domains (RFC 2606): nobody reads this address; it exists only in this test.
const SITE_URL = 'https://clinic.example.org';
const SITE_CONTACT = 'editors@example.org';
let site: TempSite;
let build: RunResult;
let pages: { path: string; root: ReturnType<typeof parse> }[];

// The small fixture site (tests/fixtures/site), built with no address and with a bad one.
let fixture: TempSite;
let unset: RunResult;
let malformed: RunResult;
let localPreview: RunResult;

beforeAll(async () => {
  site = createTempSite(join(PROJECT_ROOT, 'content'), 'settings');
  fixture = createTempSite(join(PROJECT_ROOT, 'tests', 'fixtures', 'site', 'content'), 'no-site-url');
  // SITE_URL is given as empty, not left out, so a SITE_URL set on the test machine cannot hide the warning.
  [build, unset] = await Promise.all([
    runInTempSite(site.root, 'npx', ['astro', 'build'], { SITE_URL, SITE_CONTACT, SITE_TODAY: '2026-12-07' }),
    runInTempSite(fixture.root, 'npx', ['astro', 'build'], { SITE_URL: '', SITE_LOCAL_PREVIEW: '', SITE_TODAY: '2026-12-07' }),
  ]);
  malformed = await runInTempSite(fixture.root, 'npx', ['astro', 'build'], { SITE_URL: 'ketamine-facts.org/pages', SITE_TODAY: '2026-12-07' });
  // The settings `npm start` gives its build (read from package.json below): no SITE_URL, a local preview.
  localPreview = await runInTempSite(fixture.root, 'npx', ['astro', 'build'], { SITE_URL: '', SITE_LOCAL_PREVIEW: '1', SITE_TODAY: '2026-12-07' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  const dist = join(site.root, 'dist');
  pages = builtHtmlFiles(dist).map((file) => ({ path: urlPathOfFile(file, dist), root: parse(readFileSync(file, 'utf8')) }));
}, 240_000);
afterAll(() => {
  site?.remove();
  fixture?.remove();
});

describe('a build with SITE_URL and SITE_CONTACT', () => {
  it('gives no placeholder warning', () => {
    expect(build.output).not.toContain('SITE_URL is not set');
  });

  it('shows "Report a problem with this page" on every page, with its address and version date', () => {
    const withContent = pages.filter(({ root }) => !root.querySelector('meta[http-equiv="refresh"]'));
    expect(withContent.length).toBeGreaterThan(20);
    for (const { path, root } of withContent) {
      const link = root.querySelector('.report-problem a');
      expect(link?.text, path).toBe('Report a problem with this page');
      const href = new URL(link!.getAttribute('href')!);
      expect(href.pathname, path).toBe(SITE_CONTACT);
      // The 404 page has no canonical link (it is served at any missing address).
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(href.searchParams.get('body'), path).toContain(`Page: ${canonical ?? SITE_URL}`);
      // The version the reader saw: the date the printed footer gives, or for a generated page
      // (no version of its own) the day the site was built for.
      const printedVersion = root.querySelector('.print-footer')?.text.match(/Version of (\d{1,2} \w+ \d{4})/)?.[1];
      const version = href.searchParams.get('body')!.match(/^Version: (.+)$/m)?.[1];
      if (printedVersion) expect(version, path).toMatch(new RegExp(`^${printedVersion} \\(\\d{4}-\\d{2}-\\d{2}\\)$`));
      else expect(version, path).toBe('the site as built on 7 December 2026 (2026-12-07)');
    }
    const article = pages.find(({ path }) => path === '/warning-signs/')!;
    const version = article.root.querySelector('.changelog time')?.getAttribute('datetime');
    expect(version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new URL(article.root.querySelector('.report-problem a')!.getAttribute('href')!).searchParams.get('body')).toContain(`(${version})`);
  });

  it('names the address on the About page', () => {
    const about = pages.find(({ path }) => path === '/about/')!;
    expect(about.root.querySelector(`.contact-route a[href="mailto:${SITE_CONTACT}"]`)?.text).toBe(SITE_CONTACT);
    expect(about.root.text).not.toContain('There is no way to contact the editors yet');
  });

  it('prints QR codes of the real address', () => {
    const handout = pages.find(({ path }) => path === '/warning-signs/')!;
    expect(handout.root.querySelector('.print-qr')?.getAttribute('data-qr-url')).toBe(`${SITE_URL}/warning-signs/`);
    expect(handout.root.querySelector('.print-footer')?.text).toContain(`${SITE_URL}/warning-signs/`);
  });
});

describe('a production build without SITE_URL', () => {
  it('builds, warning loudly at its start and its end that every address is the placeholder', () => {
    expect(unset.status, unset.output).toBe(0);
    const warnings = unset.output.split('SITE_URL is not set: every address in this build shows the placeholder https://ketamine-facts.example.');
    expect(warnings.length - 1, unset.output).toBe(2);
    // Again after every page is written, so the long list of pages cannot scroll it away.
    expect(unset.output.lastIndexOf('SITE_URL is not set')).toBeGreaterThan(unset.output.lastIndexOf('index.html'));
    expect(unset.output.slice(unset.output.lastIndexOf('SITE_URL is not set'))).toContain('Do not deploy this build');
  });
});

describe('the local preview `npm start` builds', () => {
  it('marks its build as a local preview', () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toMatch(/^SITE_LOCAL_PREVIEW=1 npm run build && /);
  });

  it('keeps the placeholder address without the warning', () => {
    expect(localPreview.status, localPreview.output).toBe(0);
    expect(localPreview.output).not.toContain('SITE_URL is not set');
    const dist = join(fixture.root, 'dist');
    const home = readFileSync(builtHtmlFiles(dist).find((file) => urlPathOfFile(file, dist) === '/')!, 'utf8');
    expect(parse(home).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://ketamine-facts.example/');
  });
});

describe('a SITE_URL that is not a site address', () => {
  it('stops the build, naming the setting and the value', () => {
    expect(malformed.status).not.toBe(0);
    expect(malformed.output).toContain('SITE_URL must be the site\'s address, like https://example.org (no path); it is "ketamine-facts.org/pages".');
  });
});
