import { describe, expect, it } from 'vitest';
import { citationKeysInOrder, factsUsed, numberCitations, tablesUsed } from '../../src/lib/citations.ts';

const body = `
First claim.<Cite id="b" /> Second.<Cite id="a"/>
<ComparisonTable id="t1" />
Again.<Cite id='b' /> <Cite id="c" />`;

describe('citation numbering', () => {
  it('numbers sources in order of first use and counts every use', () => {
    expect(numberCitations(body, { t1: ['a', 'd'] })).toEqual([
      { key: 'b', number: 1, uses: 2 },
      { key: 'a', number: 2, uses: 2 },
      { key: 'd', number: 3, uses: 1 },
      { key: 'c', number: 4, uses: 1 },
    ]);
  });

  it('counts a table’s sources where the table stands', () => {
    expect(citationKeysInOrder(body, { t1: ['x'] })).toEqual(['b', 'a', 'x', 'b', 'c']);
    expect(tablesUsed(body)).toEqual(['t1']);
  });

  it('counts a dated fact’s sources where its sentence stands', () => {
    const withFact = 'One.<Cite id="a" /> <Fact id="f1" /> Two.<Cite id="b" />';
    expect(citationKeysInOrder(withFact, {}, { f1: ['c', 'a'] })).toEqual(['a', 'c', 'a', 'b']);
    expect(numberCitations(withFact, {}, { f1: ['c', 'a'] }).map((use) => use.key)).toEqual(['a', 'c', 'b']);
    expect(factsUsed(withFact)).toEqual(['f1']);
  });

  it('gives an empty list for a page with no citations', () => {
    expect(numberCitations('No citations here.')).toEqual([]);
  });
});
