/**
 * The treatment options' pure helpers (src/lib/treatment-options.ts): icon arrays and the order
 * in which each option component cites its sources, which citation numbering relies on.
 */
import { describe, expect, it } from 'vitest';
import { componentSourceKeys, iconArrayPaths, otherChoices, type OptionEntry } from '../../src/lib/treatment-options.ts';
import { citationKeysInOrder, componentKey } from '../../src/lib/citations.ts';

const sourced = (text: string, ...keys: string[]) => ({ text, sources: keys.map((id) => ({ id })) });
function option(id: string, order: number, withLine: boolean): OptionEntry {
  return {
    id,
    data: {
      name: id,
      order,
      what: sourced('what', `${id}-what`),
      otherChoicesLine: withLine ? sourced('line', `${id}-line`) : undefined,
      asks: { time: sourced('t', `${id}-time`), visits: sourced('v'), practical: sourced('p') },
      asksInShort: 'short',
      benefits: [sourced('b', `${id}-benefit`)],
      harms: [sourced('h', `${id}-harm`)],
      figures: [{ outcome: 'o', kind: 'benefit', source: { id: `${id}-study` }, study: 's', evidenceYear: '2023', paidBy: 'p', groups: [{ label: 'a', per100: 27 }] }],
      notKnown: [sourced('n')],
    },
  };
}

describe('icon arrays', () => {
  it.each([0, 1, 27, 99, 100])('draw %i filled people and the rest empty, 100 in all', (count) => {
    const { filled, empty } = iconArrayPaths(count);
    const heads = (d: string) => (d.match(/a2 2 0 1 1 0 4/g) ?? []).length;
    expect(heads(filled)).toBe(count);
    expect(heads(empty)).toBe(100 - count);
  });
  it.each([-1, 101, 2.5])('refuse %s', (count) => {
    expect(() => iconArrayPaths(count)).toThrow(/whole number from 0 to 100/);
  });
});

describe('component sources', () => {
  const options = [option('b', 2, true), option('a', 1, false), option('c', 2, true)];
  it('the other-choices block shows options with a line, in order, then by id', () => {
    expect(otherChoices(options).map((o) => o.id)).toEqual(['b', 'c']);
    expect(componentSourceKeys(options).OtherChoices).toEqual(['b-line', 'c-line']);
  });
  it('the decision aid cites each option section in render order', () => {
    expect(componentSourceKeys(options).TreatmentOptions.slice(0, 6)).toEqual(['a-what', 'a-study', 'a-benefit', 'a-harm', 'a-time', 'b-what']);
  });
  it('citation numbering puts a component\'s sources where it stands in the text', () => {
    const tables = { [componentKey('OtherChoices')]: componentSourceKeys(options).OtherChoices };
    expect(citationKeysInOrder('<Cite id="x" /> text <OtherChoices /> <Cite id="y" />', tables)).toEqual(['x', 'b-line', 'c-line', 'y']);
  });
});
