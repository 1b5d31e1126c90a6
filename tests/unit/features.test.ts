/**
 * Pure modules behind the reader and clinic features: search order and the private search
 * address, redirects, section links, the page citation, JSON-LD and related pages.
 */
import { describe, expect, it } from 'vitest';
import { pickRelated } from '../../src/lib/content.ts';
import { pageCitation } from '../../src/lib/page-citation.ts';
import { redirectInHtml, redirectsFile, redirectsFor } from '../../src/lib/redirects.ts';
import { searchPageHref } from '../../src/lib/search-address.ts';
import { correctedWord, profileWords, queryFromLocation, rankPages } from '../../src/lib/search-order.ts';
import { addSectionLinks, extractSections } from '../../src/lib/sections.ts';
import { jsonLdText, medicalWebPage } from '../../src/lib/structured-data.ts';

describe('search order', () => {
  const page = (url: string, title: string, headings: string[] = [], summary = '') => ({ url, title, headings, summary });
  const profile = {
    pages: {
      a: page('/glossary/', 'Glossary', [], 'Plain definitions, including legal terms.'),
      b: page('/is-ketamine-addictive/', 'Is ketamine addictive?', ['Why is ketamine a controlled drug?']),
      c: page('/spravato/', 'Spravato (esketamine) and its REMS', ['How is Spravato different from off-label ketamine?']),
    },
    synonyms: [['esketamine', 'spravato']],
    terms: [],
  };
  const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);
  it('ranks a page whose section heading answers the question above one that only says the word', () => {
    // Pagefind's order (a, b, c) is the input; "legal" is said as "controlled" in the heading.
    expect(ids(rankPages([{ id: 'a' }, { id: 'b' }, { id: 'c' }], profile, 'is ketamine legal'))[0]).toBe('b');
  });
  it('joins brand and generic names: "esketamine vs ketamine" finds the Spravato page first', () => {
    expect(ids(rankPages([{ id: 'a' }, { id: 'b' }, { id: 'c' }], profile, 'esketamine vs ketamine'))[0]).toBe('c');
  });
  it('leaves the order alone for an empty query or without a profile', () => {
    expect(ids(rankPages([{ id: 'b' }, { id: 'a' }], profile, '  '))).toEqual(['b', 'a']);
    expect(ids(rankPages([{ id: 'b' }, { id: 'a' }], undefined, 'legal'))).toEqual(['b', 'a']);
  });
  it('corrects a misspelled word to the nearest word the site uses, and leaves known words alone', () => {
    const known = profileWords(profile);
    expect(correctedWord('spravto', known)).toBe('spravato');
    expect(correctedWord('spravato', known)).toBeUndefined();
    expect(correctedWord('zzzz', known)).toBeUndefined();
  });
});

describe('private search address', () => {
  it('puts the query after the #', () => {
    expect(searchPageHref(' special k ')).toBe('/search/#q=special+k');
  });
  it('reads #q= first, then ?q= (the form without JavaScript)', () => {
    expect(queryFromLocation({ hash: '#q=spravato+nasal', search: '?q=other' })).toBe('spravato nasal');
    expect(queryFromLocation({ hash: '', search: '?q=ket%20amine' })).toBe('ket amine');
    expect(queryFromLocation({ hash: '#short-answer', search: '' })).toBe('');
  });
});

describe('redirects', () => {
  it('maps each former slug to the article and writes a _redirects line', () => {
    const redirects = redirectsFor([{ id: 'is-ketamine-addictive', formerSlugs: ['ketamine-addiction'] }], ['is-ketamine-addictive', 'search']);
    expect(redirects).toEqual([{ from: '/ketamine-addiction/', to: '/is-ketamine-addictive/' }]);
    expect(redirectsFile(redirects)).toContain('\n/ketamine-addiction/ /is-ketamine-addictive/ 301\n');
  });
  it('refuses a former slug that a page, a route or another article still uses', () => {
    expect(() => redirectsFor([{ id: 'a', formerSlugs: ['search'] }], ['a', 'search'])).toThrow('content/articles/a.mdx › formerSlugs: "search" is still in use');
    expect(() => redirectsFor([{ id: 'a', formerSlugs: ['old'] }, { id: 'b', formerSlugs: ['old'] }], ['a', 'b'])).toThrow('content/articles/b.mdx › formerSlugs: "old"');
  });
  it('reads the target back from a built page', () => {
    expect(redirectInHtml('<meta http-equiv="refresh" content="0; url=/new-page/">')).toBe('/new-page/');
    expect(redirectInHtml('<meta charset="utf-8">')).toBeUndefined();
  });
});

describe('section links', () => {
  const body = '<h2 id="short-answer">The short <em>answer</em></h2>\ntext\n<h3 id="detail">Detail</h3>';
  it('adds a link after each authored h2, naming the section for screen readers', () => {
    const html = '<h2 id="short-answer">The short <em>answer</em></h2><p>text</p><h3 id="detail">Detail</h3><aside><h2 id="key-points-title">Key points</h2></aside>';
    const out = addSectionLinks(html, extractSections(body));
    expect(out).toContain('</h2><p class="section-link" data-pagefind-ignore="all"><a href="#short-answer" data-section-link>Link to this section<span class="visually-hidden">: The short answer</span></a></p>');
    expect(out.match(/data-section-link/g)).toHaveLength(1);
  });
  it('escapes heading text', () => {
    expect(addSectionLinks('<h2 id="a">x</h2>', [{ depth: 2, id: 'a', text: 'Risks <& harms>' }])).toContain(': Risks &lt;&amp; harms&gt;</span>');
  });
});

describe('cite this page', () => {
  it('gives site, title, last-reviewed date and address', () => {
    expect(pageCitation({ siteName: 'Ketamine Facts', title: 'Warning signs', lastReviewed: '2026-11-21', url: 'https://example.org/warning-signs/' })).toBe(
      'Ketamine Facts. Warning signs. Last reviewed 21 November 2026. https://example.org/warning-signs/',
    );
  });
});

describe('JSON-LD', () => {
  const data = medicalWebPage({
    title: 'Is ketamine addictive?',
    description: 'About addiction.',
    url: 'https://example.org/is-ketamine-addictive/',
    lastReviewed: '2026-11-21',
    published: '2026-01-02',
    modified: '2026-11-21',
    audiences: ['patients', 'clinics'],
    about: { name: 'Ketamine', alternateNames: ['Ketalar'] },
    sources: [{ title: 'Label', url: 'https://x.example/</script><script>alert(1)</script>', publisher: 'FDA', date: '2025', doi: '10.1000/xyz' }],
  });
  it('is a MedicalWebPage with review date, audience, topic and citations', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-21',
      about: { '@type': 'Drug', name: 'Ketamine' },
      audience: [{ '@type': 'MedicalAudience', audienceType: 'Patient' }, { '@type': 'MedicalAudience', audienceType: 'Clinician' }],
      citation: [{ '@type': 'CreativeWork', url: 'https://x.example/</script><script>alert(1)</script>' }],
    });
  });
  it('cannot close its script element early', () => {
    const text = jsonLdText(data);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('related pages', () => {
  const article = (id: string, topic: string, audiences: string[]) => ({ id, data: { topic, audiences } });
  it('lists other pages on the same topic first, then pages for the same readers, never the page itself', () => {
    const self = article('a', 'safety', ['families']);
    const all = [article('b', 'treatment', ['families']), self, article('c', 'safety', ['clinics']), article('d', 'treatment', ['clinics']), article('e', 'safety', ['patients'])];
    expect(pickRelated(self, all).map((a) => a.id)).toEqual(['c', 'e', 'b']);
    expect(pickRelated(self, all, 1).map((a) => a.id)).toEqual(['c']);
  });
});
