/**
 * The search profile the search page ranks with (dist/pagefind/search-profile.json, written by
 * src/integrations/search-profile.ts once the Pagefind index exists): one entry per page Pagefind
 * indexed, keyed by that page's fragment, each naming a built page with its title and headings;
 * and the glossary's names that mean the same, so "esketamine vs ketamine" can find Spravato.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/built-site.ts';
import { SEARCH_PROFILE_PATH } from '../../src/lib/search-index.ts';
import type { SearchProfile } from '../../src/lib/search-order.ts';

const profile = JSON.parse(readFileSync(join(DIST, SEARCH_PROFILE_PATH), 'utf8')) as SearchProfile;
const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).map((name) => name.replace(/\.pf_fragment$/, ''));

describe('the search profile', () => {
  it('has one entry for each page in the Pagefind index, under that page fragment', () => {
    expect(fragments.length).toBeGreaterThan(10);
    expect(Object.keys(profile.pages).sort()).toEqual([...fragments].sort());
  });

  it('names built pages, each with its title, and the articles with their section headings', () => {
    for (const page of Object.values(profile.pages)) {
      expect(existsSync(join(DIST, page.url, 'index.html')), page.url).toBe(true);
      expect(page.title.trim(), page.url).not.toBe('');
    }
    const spravato = Object.values(profile.pages).find((page) => page.url === '/spravato-rems-and-off-label-ketamine/');
    expect(spravato?.title).toMatch(/Spravato/);
    expect(spravato?.headings.length).toBeGreaterThan(3);
    // The home page is not indexed (it only points to other pages).
    expect(Object.values(profile.pages).some((page) => page.url === '/')).toBe(false);
  });

  it('joins the glossary names that mean the same, and knows street names', () => {
    expect(profile.synonyms.some((group) => group.includes('esketamine') && group.includes('spravato'))).toBe(true);
    expect(profile.streetNames).toContain('special k');
  });

  it('calls a glossary term written "ECT (electroconvulsive therapy)" by each part too, in its group and where it matters most', () => {
    expect(profile.synonyms.some((group) => group.includes('ect (electroconvulsive therapy)') && group.includes('ect') && group.includes('electroconvulsive therapy'))).toBe(true);
    expect(profile.terms.find((term) => term.names.includes('ect'))?.pages).toContain('/other-treatments-for-depression/');
  });
});
