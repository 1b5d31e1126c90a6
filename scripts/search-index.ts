/**
 * Builds the Pagefind search index for dist/ (run by `npm run build` after `astro build`), with
 * the options in src/lib/search-index.ts, then the search profile the search page ranks with.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchProfile } from '../src/integrations/search-profile.ts';
import { PAGEFIND_INDEX } from '../src/lib/search-index.ts';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex(PAGEFIND_INDEX);
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write ${site}/pagefind/: ${written.errors.join('; ')}`);
console.log(`Pagefind: indexed ${added.page_count} pages into ${site}/pagefind/`);
await pagefind.close();

const profile = writeSearchProfile(site);
console.log(`Search profile: ${profile.pages} pages, ${profile.synonyms} synonym groups in ${profile.path}`);
