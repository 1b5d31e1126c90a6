/**
 * For clinics, in the built HTML of every article: a "copy link to this section" link after
 * every section heading, and a ready citation (title, site, last-reviewed date, address).
 * What the controls do in a browser is tests/browser/clinic-features.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { builtArticles as readBuiltArticles } from '../../scripts/lib/built-site.ts';

const builtArticles = readBuiltArticles();

describe('copy link to a section', () => {
  it.each(builtArticles.map(({ path }) => path))('%s has a section link after every section heading', (path) => {
    const { root } = builtArticles.find((a) => a.path === path)!;
    const headings = root.querySelectorAll('.prose > h2[id]');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const link = heading.nextElementSibling?.querySelector('a[data-section-link]');
      expect(link?.getAttribute('href'), `after #${heading.id}`).toBe(`#${heading.id}`);
      expect(link?.text).toBe(`Link to this section: ${heading.text.trim()}`);
    }
  });

});

describe('cite this page', () => {
  it.each(builtArticles.map(({ path }) => path))('%s gives title, site, last-reviewed date and address', (path) => {
    const { root } = builtArticles.find((a) => a.path === path)!;
    const title = root.querySelector('h1')!.text.trim();
    const reviewed = root.querySelector('.review-dates time')!.text.trim();
    const canonical = root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const citation = root.querySelector('.page-citation')!.text;
    expect(citation.startsWith(`Ketamine Facts. ${title}`)).toBe(true);
    expect(citation.endsWith(` Last reviewed ${reviewed}. ${canonical}`)).toBe(true);
    // A title's own question mark or full stop is not doubled, and one without gets a full stop.
    expect(citation).not.toMatch(/[.?!]\./);
    expect(citation.slice(`Ketamine Facts. ${title}`.length)).toMatch(/^\.? Last reviewed/);
    expect(canonical.endsWith(path)).toBe(true);
  });

  it('reads as a reader would paste it, for a question title and for a statement title', () => {
    const citationOf = (path: string) => builtArticles.find((a) => a.path === path)!.root.querySelector('.page-citation')!.text;
    expect(citationOf('/is-ketamine-addictive/')).toMatch(/^Ketamine Facts\. Is ketamine addictive when used for depression\? Last reviewed \d{1,2} \w+ \d{4}\. https:\/\/\S+\/is-ketamine-addictive\/$/);
    expect(citationOf('/spravato-rems-and-off-label-ketamine/')).toMatch(/^Ketamine Facts\. Spravato \(esketamine\)[^?]* ketamine\. Last reviewed /);
  });
});
