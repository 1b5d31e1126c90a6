import { describe, expect, it } from 'vitest';
import { rankByWordsMatched, topicWords } from '../../src/lib/search-order.ts';

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

