import { describe, expect, it } from 'vitest';
import { checkLinks, scanHtml, type BuiltPage } from '../../src/lib/links.ts';

const page = (path: string, html: string, file = `content/articles${path.slice(0, -1)}.mdx`): BuiltPage => ({ path, file, ...scanHtml(html) });

describe('internal link check', () => {
  const pages = [
    page('/a/', '<h2 id="one">One</h2><a href="/b/#two">ok</a><a href="#one">self</a><a href="https://example.org/x">out</a>'),
    page('/b/', '<p id="two"></p><a href="/a/">back</a><a href="/missing/">bad</a><a href="/a/#nowhere">bad anchor</a><a href="/data/x.csv">file</a>'),
  ];

  it('passes links to pages and anchors that exist and ignores external links', () => {
    expect(checkLinks(pages.slice(0, 1).concat(page('/b/', '<p id="two"></p>')))).toEqual([]);
  });

  it('names the file and the link for a missing page, a missing anchor and a missing file', () => {
    expect(checkLinks(pages)).toEqual([
      { file: 'content/articles/b.mdx', field: 'link /missing/', message: 'leads nowhere: no page at /missing/', hint: expect.stringMatching(/link to a page that exists/) },
      { file: 'content/articles/b.mdx', field: 'link /a/#nowhere', message: 'leads nowhere: /a/ has no element with id "nowhere"', hint: expect.stringMatching(/section ids on \/a\//) },
      { file: 'content/articles/b.mdx', field: 'link /data/x.csv', message: 'leads nowhere: no page at /data/x.csv', hint: expect.any(String) },
    ]);
    expect(checkLinks(pages, (path) => path === '/data/x.csv')).toHaveLength(2);
  });
});
