/**
 * Frontmatter and data schemas: each required field and editorial rule refuses bad input with a
 * message that names the field. (A collection entry's file name is added by Astro's own error.)
 */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { helplineSchema } from '../../src/schemas/helpline.ts';
import { factSchema } from '../../src/schemas/fact.ts';

const article = {
  title: 'Is ketamine addictive when used for depression?',
  description: 'Ketamine can be misused. Here is what the risk looks like in supervised treatment.',
  summary: 'Yes, ketamine can be addictive. In supervised treatment, studies found little misuse so far.',
  keyPoints: ['Ketamine is a Schedule III drug.', 'Supervised studies found little misuse.', 'Long-term data are thin.'],
  audiences: ['patients'],
  topic: 'addiction',
  homePath: 'considering-treatment',
  lastReviewed: '2026-11-21',
  nextReview: '2027-05-21',
  review: { status: 'not-clinician-reviewed' },
  changelog: [{ date: '2026-11-21', summary: 'First published.' }],
  sources: ['spravato-label'],
};
/** Parse and return "field: message" lines, so assertions read like what a writer sees. */
function problems(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter', () => {
  it('accepts a complete article', () => {
    expect(problems(articleSchema, article)).toEqual([]);
  });

  it('says which home-page path to add when an article names none', () => {
    const { homePath: _h, ...rest } = article;
    expect(problems(articleSchema, rest)).toEqual(['homePath: must say which home-page path lists this article: considering-treatment or worried-about-someone']);
  });

  it('names each missing required field', () => {
    const { title: _t, sources: _s, ...rest } = article;
    const found = problems(articleSchema, rest);
    expect(found.some((p) => p.startsWith('title:'))).toBe(true);
    expect(found.some((p) => p.startsWith('sources:'))).toBe(true);
  });

  it('refuses a description over 160 characters', () => {
    expect(problems(articleSchema, { ...article, description: 'x'.repeat(161) })).toEqual(['description: must be at most 160 characters']);
  });

  it('refuses an article with no sources', () => {
    expect(problems(articleSchema, { ...article, sources: [] })).toEqual(['sources: an article must cite at least one source']);
  });

  it('refuses an impossible date and a bare YAML date', () => {
    expect(problems(articleSchema, { ...article, lastReviewed: '2026-02-30' })[0]).toMatch(/^lastReviewed: must be a real date/);
    expect(problems(articleSchema, { ...article, lastReviewed: new Date('2026-11-21') })[0]).toMatch(/^lastReviewed: must be a real date written in quotes/);
  });

  it('refuses a next review more than 12 months after the last, or before it', () => {
    expect(problems(articleSchema, { ...article, nextReview: '2027-11-22' })).toEqual(['nextReview: must be within 12 months of lastReviewed (2026-11-21)']);
    expect(problems(articleSchema, { ...article, nextReview: '2026-11-01' })).toEqual(['nextReview: must be after lastReviewed']);
  });

  it('requires a named reviewer for a clinician-reviewed page', () => {
    expect(problems(articleSchema, { ...article, review: { status: 'clinician-reviewed' } })[0]).toMatch(/^review\.reviewer:/);
  });

  it('refuses 2 or 6 key points and an unknown field', () => {
    expect(problems(articleSchema, { ...article, keyPoints: article.keyPoints.slice(0, 2) })[0]).toMatch(/^keyPoints:/);
    expect(problems(articleSchema, { ...article, keyPoint: 'typo' })[0]).toMatch(/keyPoint/);
  });
});

describe('source records', () => {
  const source = { title: 'Label', publisher: 'FDA', date: '2024-10', url: 'https://example.org/label', lastChecked: '2026-11-21', kind: 'drug-label' };

  it('accepts a complete source', () => {
    expect(problems(sourceSchema, source)).toEqual([]);
  });

  it('refuses a URL that is not https, or not a URL', () => {
    expect(problems(sourceSchema, { ...source, url: 'http://example.org/label' })).toEqual(["url: must start with 'https://'"]);
    expect(problems(sourceSchema, { ...source, url: 'javascript:alert(1)' })).toContain("url: must start with 'https://'");
  });

  it('refuses an unknown kind of evidence, a bad DOI and a missing check date', () => {
    expect(problems(sourceSchema, { ...source, kind: 'blog' })[0]).toMatch(/^kind:/);
    expect(problems(sourceSchema, { ...source, doi: 'doi.org/10.1/x' })).toEqual(["doi: must look like '10.1234/abc'"]);
    const { lastChecked: _l, ...noCheck } = source;
    expect(problems(sourceSchema, noCheck)[0]).toMatch(/^lastChecked:/);
  });
});

describe('comparison tables', () => {
  const cell = { text: '56 mg', sources: ['spravato-label'] };
  const table = { caption: 'Doses', rowHeader: 'What', columns: [{ key: 'a', label: 'Spravato' }, { key: 'b', label: 'Recreational' }], rows: [{ label: 'Dose', cells: { a: cell, b: cell } }] };

  it('accepts a complete table', () => {
    expect(problems(comparisonSchema, table)).toEqual([]);
  });

  it('refuses a cell without a source and a row missing a column', () => {
    expect(problems(comparisonSchema, { ...table, rows: [{ label: 'Dose', cells: { a: cell, b: { text: 'x', sources: [] } } }] })).toEqual(['rows.0.cells.b.sources: every cell needs at least one source']);
    expect(problems(comparisonSchema, { ...table, rows: [{ label: 'Dose', cells: { a: cell } }] })).toEqual(['rows.0.cells.b: row "Dose" has no cell for column "b"']);
  });
});

describe('helplines', () => {
  const line = { name: 'Line', for: 'For anyone who needs it.', hours: 'Always', contacts: [{ method: 'call', value: '988', href: 'tel:988' }], order: 1, lastChecked: '2026-11-21', checkBy: '2027-05-21', source: 'x' };

  it('accepts a complete record', () => {
    expect(problems(helplineSchema, line)).toEqual([]);
  });

  it('refuses a javascript: link', () => {
    expect(problems(helplineSchema, { ...line, contacts: [{ method: 'call', value: '988', href: 'javascript:alert(1)' }] })[0]).toMatch(/^contacts\.0\.href: must start with 'tel:'/);
  });

  it('needs a re-check date after the last check and within 12 months of it', () => {
    expect(problems(helplineSchema, { ...line, checkBy: '2026-11-21' })).toEqual(['checkBy: must be after lastChecked']);
    expect(problems(helplineSchema, { ...line, checkBy: '2027-11-22' })).toEqual(['checkBy: must be within 12 months of lastChecked (2026-11-21)']);
  });
});

describe('dated facts', () => {
  const fact = { text: 'Until 31 December 2026, a rule allows this.', sources: ['x'], lastChecked: '2026-11-21', checkBy: '2026-12-31', validUntil: '2026-12-31', recheck: 'The Federal Register.' };

  it('accepts a complete record, with or without an end date', () => {
    expect(problems(factSchema, fact)).toEqual([]);
    const { validUntil: _v, ...open } = fact;
    expect(problems(factSchema, open)).toEqual([]);
  });

  it('refuses impossible dates and dates in the wrong order, naming the field', () => {
    expect(problems(factSchema, { ...fact, checkBy: '2026-02-30' })[0]).toMatch(/^checkBy: must be a real date/);
    expect(problems(factSchema, { ...fact, checkBy: '2026-11-20' })).toEqual(['checkBy: must be after lastChecked']);
    expect(problems(factSchema, { ...fact, checkBy: '2027-11-22' })).toEqual(['checkBy: must be within 12 months of lastChecked (2026-11-21)']);
    expect(problems(factSchema, { ...fact, validUntil: '2026-11-01' })[0]).toMatch(/^validUntil: is before lastChecked/);
  });

  it('needs at least one source', () => {
    expect(problems(factSchema, { ...fact, sources: [] })).toEqual(['sources: a dated fact must cite at least one source']);
  });
});

describe('author lists in references', () => {
  it('never doubles the full stop after "et al."', async () => {
    const { authorsSentence } = await import('../../src/schemas/source.ts');
    expect(authorsSentence(['Daly EJ', 'et al.'])).toBe('Daly EJ, et al. ');
    expect(authorsSentence(['Zarate CA'])).toBe('Zarate CA. ');
    const seven = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G'];
    expect(authorsSentence(seven, 'ama')).toBe('A A, B B, C C, et al. ');
    expect(authorsSentence(seven.slice(0, 6), 'ama')).toBe('A A, B B, C C, D D, E E, F F. ');
    expect(authorsSentence(seven)).toBe('A A, B B, C C, D D, E E, F F, G G. ');
  });
});
