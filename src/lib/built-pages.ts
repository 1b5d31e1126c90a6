/**
 * The pages of a built site: its HTML files and the URL path each one serves. Shared by the
 * build's link check (src/integrations/site-checks.ts) and the scripts and tests that read dist/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders of assets, not pages: Pagefind's index, Astro's bundles and the reuse snippets (HTML fragments, src/lib/reuse.ts). */
const NOT_PAGES = new Set(['pagefind', '_astro', 'reuse']);

/** Every HTML file under `dir`. */
export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return NOT_PAGES.has(name) ? [] : builtHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** URL path of a built file: dist/foo/index.html -> /foo/; dist/404.html -> /404.html. */
export function urlPathOfFile(file: string, dir: string): string {
  const rel = '/' + relative(dir, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
