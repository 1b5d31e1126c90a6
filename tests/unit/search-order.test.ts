import { describe, expect, it } from 'vitest';
import { queryGroups, rankByWordsMatched, rankPages, topicWords, type SearchProfile } from '../../src/lib/search-order.ts';

describe('search that understands questions', () => {
  it('keeps the words that say what a question is about', () => {
    expect(topicWords('Is my son using ketamine?')).toEqual(['son', 'using', 'ketamine']);
    expect(topicWords('worried about my daughter')).toEqual(['worried', 'daughter']);
    expect(topicWords('what is a K-hole')).toEqual(['k-hole']);
    expect(topicWords('is it')).toEqual([]);
  });

  it('ranks pages by how many of the reader’s words they contain, then by score', () => {
    const son = [{ id: 'families', score: 1 }, { id: 'privacy', score: 9 }];
    const ketamine = [{ id: 'families', score: 2 }, { id: 'signs', score: 5 }, { id: 'privacy', score: 1 }];
    const using = [{ id: 'signs', score: 3 }];
    expect(rankByWordsMatched([son, ketamine, using])).toEqual(['privacy', 'signs', 'families']);
  });
});


describe('ranking by title and headings (rankPages)', () => {
  const page = (url: string, headings: string[]) => ({ url, title: url, summary: '', headings });
  it('puts a page whose headings between them hold all the reader’s words above one whose best heading holds one', () => {
    const profile: SearchProfile = {
      pages: { one: page('one', ['Bladder and kidneys']), both: page('both', ['Bladder', 'Long-term damage']) },
      synonyms: [],
      terms: [],
    };
    // Pagefind put "one" first; the headings of "both" cover "bladder" and "damage".
    expect(rankPages([{ id: 'one' }, { id: 'both' }], profile, 'bladder damage').map((c) => c.id)).toEqual(['both', 'one']);
  });

  it('knows a long glossary name said without its first word', () => {
    const groups = queryGroups('ketamine with high blood pressure', [['hypertensive crisis', 'very high blood pressure']]);
    expect(groups).toEqual([['hypertensive crisis', 'very high blood pressure']]);
  });
});
