/**
 * Renamed pages keep their old URLs, checked on a real build: a copy of the site in which
 * is-ketamine-addictive lists a former slug. The old address must get a page that sends readers
 * on (meta refresh, canonical, visible link), a line in _redirects, and no place in the sitemap.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const OLD = 'ketamine-addiction';
let site: string;
let dist: string;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'kf-redirects-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(join(root, entry), join(site, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
  const article = join(site, 'content/articles/is-ketamine-addictive.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace(/^changelog:/m, `formerSlugs: [${OLD}]\nchangelog:`));
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  dist = join(site, 'dist');
}, 120_000);
afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('an article with a former slug', () => {
  it('leaves a page at the old address that sends readers to the new one', () => {
    const html = readFileSync(join(dist, OLD, 'index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/is-ketamine-addictive/">');
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/is-ketamine-addictive\/">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<a href="\/is-ketamine-addictive\/">Is ketamine addictive when used for depression\?<\/a>/);
    expect(html).toContain('<html lang="en-US"');
  });

  it('lists the old address in _redirects for hosts that answer with a 301', () => {
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`/${OLD}/ /is-ketamine-addictive/ 301`);
  });

  it('keeps the old address out of the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/is-ketamine-addictive/');
    expect(sitemap).not.toContain(`/${OLD}/`);
    expect(existsSync(join(dist, OLD))).toBe(true);
  });
});
