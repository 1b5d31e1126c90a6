/**
 * The Pagefind search index, built as part of `astro build` (the way Starlight's integration
 * does it) through Pagefind's Node API, so dist/ is complete when the build's own checks run:
 * the link check sees /pagefind/ like any other file. Register it before siteChecks().
 * The Pagefind options are in src/lib/search-index.ts; once the index exists, the search
 * profile the search page ranks with is written next to it (./search-profile.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_INDEX } from '../lib/search-index.ts';
import { writeSearchProfile } from './search-profile.ts';

export default function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex(PAGEFIND_INDEX);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        const profile = writeSearchProfile(site, join(root, 'content', 'glossary'));
        // scripts/bench.ts reads the time from this line.
        logger.info(`search index: ${added.page_count} pages (dist/pagefind/) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        logger.info(`search profile: ${profile.pages} pages, ${profile.synonyms} synonym groups (dist/${profile.file})`);
      },
    },
  };
}
