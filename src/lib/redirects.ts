/**
 * Renamed pages keep their old URLs. An article lists its earlier slugs in `formerSlugs`; the page
 * route builds a small page at each old URL that sends the reader on (meta refresh, canonical
 * link and a visible link, so it works on any static host and without JavaScript), and the
 * build writes the same pairs to dist/_redirects for hosts that can answer with a real 301.
 */
import { AstroError } from 'astro/errors';

export interface Redirect {
  /** Old path, e.g. /ketamine-and-addiction/ */
  from: string;
  /** Current path, e.g. /is-ketamine-addictive/ */
  to: string;
}

/** Every redirect, refusing an old slug that another page or route still uses, or that two pages claim. */
export function redirectsFor(articles: { id: string; formerSlugs: string[] }[], taken: Iterable<string>): Redirect[] {
  const used = new Map<string, string>([...taken].map((slug) => [slug, `/${slug}/`]));
  const redirects: Redirect[] = [];
  for (const article of articles) {
    for (const old of article.formerSlugs) {
      const clash = used.get(old);
      if (clash) {
        throw new AstroError(`content/articles/${article.id}.mdx › formerSlugs: "${old}" is still in use by ${clash}; an old URL can only redirect once it is free.`);
      }
      used.set(old, `the formerSlugs of content/articles/${article.id}.mdx`);
      redirects.push({ from: `/${old}/`, to: `/${article.id}/` });
    }
  }
  return redirects;
}

/** dist/_redirects in the format Netlify, Cloudflare Pages and others read: "from to 301". */
export function redirectsFile(redirects: Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return `# Generated at build time from the articles' formerSlugs.\n${lines.join('\n')}\n`;
}

/** The redirect a built page makes, read from its meta refresh (what the build writes to _redirects). */
export function redirectInHtml(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
}
