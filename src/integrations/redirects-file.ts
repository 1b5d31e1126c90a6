/**
 * After the build: writes dist/_redirects from the old-address pages ([formerSlug].astro) so
 * hosts that read it answer old URLs with a real 301, and keeps those pages out of the sitemap.
 * It reads the built pages rather than the content so the file always matches what was built.
 * List it before the sitemap integration: hooks run in order, and the sitemap's filter asks
 * isOldAddress().
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectInHtml, redirectsFile, type Redirect } from '../lib/redirects.ts';

const oldAddresses = new Set<string>();

/** Whether a URL (as the sitemap integration passes it) is an old address that redirects. */
export function isOldAddress(url: string): boolean {
  return oldAddresses.has(new URL(url).pathname);
}

export default function redirectsFileIntegration(): AstroIntegration {
  return {
    name: 'redirects-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const redirects: Redirect[] = [];
        // Former slugs are single path segments, so old-address pages are dist/<slug>/index.html.
        for (const name of readdirSync(distDir)) {
          const file = join(distDir, name, 'index.html');
          const to = existsSync(file) ? redirectInHtml(readFileSync(file, 'utf8')) : undefined;
          if (to) redirects.push({ from: `/${name}/`, to });
        }
        redirects.sort((a, b) => a.from.localeCompare(b.from));
        oldAddresses.clear();
        for (const { from } of redirects) oldAddresses.add(from);
        writeFileSync(join(distDir, '_redirects'), redirectsFile(redirects));
        logger.info(`${redirects.length} old addresses redirect (dist/_redirects)`);
      },
    },
  };
}
