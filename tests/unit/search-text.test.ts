/**
 * The highlight and excerpt rules of search (src/lib/search-text.ts), shared by the results page
 * and the page a result opens. Each case is one the old behaviour got wrong (Pagefind's own
 * excerpt and highlighter, checked in issue 11): marks inside words, street-name lists as excerpts.
 */
import { describe, expect, it } from 'vitest';
import { answerExcerpt, isNameList, markPieces, queryTerms, wordsToMark } from '../../src/lib/search-text.ts';

const marked = (text: string, query: string) => markPieces(text, queryTerms(query)).filter((p) => p.mark).map((p) => p.text);

describe('highlights: whole words and their stems only', () => {
  it('"k hole" marks K-hole, never the k inside ketamine or works', () => {
    expect(marked('A K-hole is when ketamine works too strongly and the k hole feels like a hole.', 'k hole')).toEqual(['K-hole', 'hole', 'hole']);
    expect(marked('Ketamine works fast.', 'k hole')).toEqual([]);
  });
  it('marks other forms of a word by its stem: addicted finds addiction and addictive', () => {
    expect(marked('Addiction is rare; is ketamine addictive?', 'addicted')).toEqual(['Addiction', 'addictive']);
  });
  it('never marks filler words or parts of words', () => {
    expect(marked('This is his issue.', 'is')).toEqual([]);
    expect(marked('Misuse is not use.', 'use')).toEqual(['use']);
  });
  it('gives the opened page only the whole words it holds', () => {
    expect(wordsToMark('Special K, ketamine and the K-hole.', queryTerms('k hole'))).toEqual(['K-hole']);
  });
});

describe('excerpts: a sentence that answers', () => {
  const content = 'Other names people use. Special K, Kit Kat, Cat Valium, Vitamin K, Super Acid. '
    + 'Is ketamine legal? Ketamine is a Schedule III controlled drug, legal only on a prescription. '
    + 'It is sold on the street too.';
  it('picks the sentence with the reader’s words, not a heading or a question', () => {
    expect(answerExcerpt(content, 'is ketamine legal', 'summary', ['Is ketamine legal?']).text).toBe('Ketamine is a Schedule III controlled drug, legal only on a prescription.');
  });
  it('never uses a list of names, even when it holds the words', () => {
    expect(isNameList('Special K, Kit Kat, Cat Valium, Vitamin K, Super Acid.')).toBe(true);
    expect(isNameList('Ketamine is sold as Special K, and it is a controlled drug.')).toBe(false);
    expect(answerExcerpt(content, 'special k kit kat', 'The page summary.').text).toBe('The page summary.');
  });
  it('falls back to the page summary when no sentence matches', () => {
    expect(answerExcerpt(content, 'bladder', 'What the page is about.')).toEqual({ text: 'What the page is about.', fromSummary: true });
  });
  it('cuts a long sentence to about 40 words around the first match', () => {
    const long = `${'word '.repeat(60)}bladder ${'more '.repeat(30)}end.`;
    const text = answerExcerpt(long.replace(/^w/, 'W'), 'bladder', 's').text;
    expect(text.split(/\s+/).length).toBeLessThanOrEqual(43);
    expect(text).toContain('bladder');
  });
});
