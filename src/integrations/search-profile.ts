/**
 * The search profile the search page ranks with (src/lib/search-order.ts), written next to the
 * Pagefind index once the index exists: a small profile of each indexed page (title, section
 * headings, summary), keyed by Pagefind's result id (its fragment's name), so the search page can
 * rank every candidate without downloading each one's fragment (the page text). Also, from the
 * glossary: brand, generic and slang names as groups of words that mean the same, where each
 * term matters most (its `articles`), and the street names.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { SEARCH_PROFILE_PATH } from '../lib/search-index.ts';
import type { PageProfile, SearchProfile } from '../lib/search-order.ts';

/** Reads `site`/pagefind/fragment/ and `glossaryDir`, writes `site`/SEARCH_PROFILE_PATH; returns what it counted and the file (under `site`). */
export function writeSearchProfile(site: string, glossaryDir = join('content', 'glossary')): { pages: number; synonyms: number; file: string } {
  const fragments = join(site, 'pagefind', 'fragment');
  const pages: Record<string, PageProfile> = {};
  for (const name of readdirSync(fragments)) {
    const raw = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; meta: Record<string, string>; anchors: { element: string; text: string }[] };
    pages[name.replace(/\.pf_fragment$/, '')] = {
      url: fragment.url,
      title: fragment.meta.title ?? '',
      summary: fragment.meta.summary ?? '',
      headings: fragment.anchors.filter((a) => a.element === 'h2' || a.element === 'h3').map((a) => a.text),
    };
  }
  const entries = readdirSync(glossaryDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(glossaryDir, name), 'utf8')) as { term: string; aka?: string[]; street?: string[]; articles?: string[] });
  // A term written "ECT (electroconvulsive therapy)" is also called by each part: readers type "ECT".
  const names = (entry: { term: string; aka?: string[] }) => {
    const parts = /^(.+?)\s*\((.+)\)$/.exec(entry.term.trim());
    return [...new Set([entry.term, ...(parts ? [parts[1], parts[2]] : []), ...(entry.aka ?? [])].map((name) => name.toLowerCase().trim()))];
  };
  const synonyms = entries.map(names).filter((group) => group.length > 1);
  // Where each glossary term matters most (its `articles`, chosen by the editors), by page address.
  const terms = entries
    .filter((entry) => (entry.articles ?? []).length > 0)
    .map((entry) => ({ names: names(entry), pages: entry.articles!.map((slug) => `/${slug}/`) }));
  const streetNames = entries.flatMap((entry) => entry.street ?? []).map((name) => name.toLowerCase());
  const profile: SearchProfile = { pages, synonyms, terms, streetNames };
  writeFileSync(join(site, SEARCH_PROFILE_PATH), JSON.stringify(profile));
  return { pages: Object.keys(pages).length, synonyms: synonyms.length, file: SEARCH_PROFILE_PATH };
}
