/**
 * The Pagefind search index, built as part of `astro build` (the way Starlight's integration
 * does it) through Pagefind's Node API, so dist/ is complete when the build's own checks run:
 * the link check sees /pagefind/ like any other file. Register it before siteChecks().
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        // scripts/bench.ts reads the time from this line.
        logger.info(`search index: ${added.page_count} pages (dist/pagefind/) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
