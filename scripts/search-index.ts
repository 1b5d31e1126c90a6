/**
 * Builds the Pagefind search index for dist/ (run by `npm run build` after `astro build`), with
 * the options in src/lib/search-index.ts, then the search profile the search page ranks with.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { PAGEFIND_INDEX, SEARCH_PROFILE_PATH } from '../src/lib/search-index.ts';
import type { PageProfile, SearchProfile } from '../src/lib/search-order.ts';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex(PAGEFIND_INDEX);
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write ${site}/pagefind/: ${written.errors.join('; ')}`);
console.log(`Pagefind: indexed ${added.page_count} pages into ${site}/pagefind/`);
await pagefind.close();

// A small profile of each indexed page for the search page's ranking (src/lib/search-order.ts):
// title, section headings and summary, keyed by Pagefind's result id (its fragment's name), so the
// search page can rank every candidate without downloading each one's fragment (the page text).
// Also the glossary's brand, generic and slang names, as groups of words that mean the same.
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
const glossaryDir = join('content', 'glossary');
const entries = readdirSync(glossaryDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join(glossaryDir, name), 'utf8')) as { term: string; aka?: string[]; street?: string[]; articles?: string[] });
const synonyms = entries.map((entry) => [entry.term, ...(entry.aka ?? [])].map((name) => name.toLowerCase())).filter((group) => group.length > 1);
// Where each glossary term matters most (its `articles`, chosen by the editors), by page address.
const terms = entries
  .filter((entry) => (entry.articles ?? []).length > 0)
  .map((entry) => ({ names: [entry.term, ...(entry.aka ?? [])].map((name) => name.toLowerCase()), pages: entry.articles!.map((slug) => `/${slug}/`) }));
const streetNames = entries.flatMap((entry) => entry.street ?? []).map((name) => name.toLowerCase());
const profile: SearchProfile = { pages, synonyms, terms, streetNames };
writeFileSync(join(site, SEARCH_PROFILE_PATH), JSON.stringify(profile));
console.log(`Search profile: ${Object.keys(pages).length} pages, ${synonyms.length} synonym groups in ${site}/${SEARCH_PROFILE_PATH}`);
