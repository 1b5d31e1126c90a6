/**
 * Internal link check over the built site: every link to a page of ours must reach a page that
 * exists, and every #anchor an element with that id. Runs after the build (see
 * src/integrations/site-checks.ts) because only then are all pages and ids known.
 */
export interface BuiltPage {
  /** URL path, e.g. "/is-ketamine-addictive/". */
  path: string;
  /** File the page came from, for messages. */
  file: string;
  ids: Set<string>;
  hrefs: string[];
}

import type { Problem } from './content-problems.ts';

/** A link problem is a content problem like any other (one type, one format). */
export type LinkProblem = Problem;

/** Paths outside the HTML pages that links may point at (feeds, data downloads, search assets). */
export type AssetExists = (path: string) => boolean;

/** Pull ids and hrefs out of our own generated HTML. */
export function scanHtml(html: string): { ids: Set<string>; hrefs: string[] } {
  const ids = new Set([...html.matchAll(/\sid=["']([^"']+)["']/g)].map((m) => m[1]));
  const hrefs = [...html.matchAll(/<a\b[^>]*?\shref=["']([^"']*)["']/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return { ids, hrefs };
}

function normalise(path: string): string {
  if (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return path;
  return `${path}/`;
}

export function checkLinks(pages: BuiltPage[], assetExists: AssetExists = () => false): LinkProblem[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const href of new Set(page.hrefs)) {
      if (/^(https?:|mailto:|tel:|sms:)/.test(href) || href.startsWith('//')) continue;
      const [rawPath, fragment] = href.split('#');
      const pathOnly = rawPath.split('?')[0];
      const target = pathOnly === '' ? page : byPath.get(normalise(pathOnly.startsWith('/') ? pathOnly : new URL(pathOnly, `https://x${page.path}`).pathname));
      if (!target) {
        if (!assetExists(pathOnly)) problems.push({ file: page.file, field: `link ${href}`, message: `leads nowhere: no page at ${pathOnly}`, hint: 'check the address, or link to a page that exists (the file name is the URL)' });
        continue;
      }
      if (fragment && !target.ids.has(decodeURIComponent(fragment))) {
        problems.push({ file: page.file, field: `link ${href}`, message: `leads nowhere: ${target.path} has no element with id "${fragment}"`, hint: `link to one of the section ids on ${target.path} (the id="..." of its headings)` });
      }
    }
  }
  return problems;
}
