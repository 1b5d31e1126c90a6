/**
 * Checks that need the whole built site: every internal link and #anchor must lead somewhere.
 * On any problem the build fails with one report (src/lib/content-problems.ts stopBuild), and the
 * half-checked dist/ is removed, so a refused build never leaves a site that could be deployed.
 *
 * The same goes for a build refused earlier: Astro writes each page as soon as it is rendered,
 * so an error on one page (a bad component prop) used to leave the
 * pages rendered before it in dist/. Once the build has started writing, dist/ is removed on
 * any exit that comes before the link check has passed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlFiles, urlPathOfFile } from '../lib/built-pages.ts';
import { stopBuild } from '../lib/content-problems.ts';
import { checkLinks, scanHtml, type BuiltPage } from '../lib/links.ts';

/** Which source file a built page came from, so messages point where the fix goes. */
function sourceFileFor(urlPath: string, root: string): string {
  const slug = urlPath.replace(/^\/|\/$/g, '');
  for (const candidate of [`content/articles/${slug}.mdx`, `content/pages/${slug}.mdx`]) {
    if (existsSync(join(root, candidate))) return candidate;
  }
  return `dist${urlPath === '/' ? '/index.html' : urlPath}`;
}

export function readBuiltSite(distDir: string, rootDir: string): BuiltPage[] {
  return builtHtmlFiles(distDir).map((file) => {
    const path = urlPathOfFile(file, distDir);
    return { path, file: sourceFileFor(path, rootDir), ...scanHtml(readFileSync(file, 'utf8')) };
  });
}

export default function siteChecks(): AstroIntegration {
  let root = '';
  let outDir = '';
  let finished = false;
  // 'exit' handlers must be synchronous; rmSync is. The CLI exits with process.exit(1) after
  // printing a build error, which runs this.
  const removeUnfinished = () => {
    if (!finished && outDir) rmSync(outDir, { recursive: true, force: true });
  };
  return {
    name: 'site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        finished = false;
        process.once('exit', removeUnfinished);
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = readBuiltSite(distDir, root);
        // The search index is already written (src/integrations/search-index.ts runs first).
        const assetExists = (path: string) => existsSync(join(distDir, decodeURIComponent(path)));
        const problems = checkLinks(pages, assetExists);
        // Reported like every content problem (file › field: message, with a hint), without a
        // stack trace; the exit handler above removes dist/.
        if (problems.length) stopBuild(problems, ' with broken internal links');
        finished = true;
        process.off('exit', removeUnfinished);
        logger.info(`links: ${pages.length} pages, every internal link and anchor resolves`);
      },
    },
  };
}
