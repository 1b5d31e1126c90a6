/**
 * The site's two deployment settings on a real build (a temporary copy of the site): with
 * SITE_URL and SITE_CONTACT set, the build does not warn about placeholder addresses, every page
 * carries "Report a problem with this page" with its own address and version date, the About
 * page names the address, and printed QR codes use the real address. (The build without them is
 * the project's own: tests/browser/reuse.test.ts checks that no page shows a contact link.)
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

beforeAll(async () => {
  site = createTempSite(join(PROJECT_ROOT, 'content'), 'settings');
  build = await runInTempSite(site.root, 'npx', ['astro', 'build'], { SITE_URL, SITE_CONTACT, SITE_TODAY: '2026-12-07' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  const dist = join(site.root, 'dist');
  pages = builtHtmlFiles(dist).map((file) => ({ path: urlPathOfFile(file, dist), root: parse(readFileSync(file, 'utf8')) }));
}, 180_000);
afterAll(() => site?.remove());

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
