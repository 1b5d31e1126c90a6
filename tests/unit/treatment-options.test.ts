/**
 * The treatment options' pure helpers (src/lib/treatment-options.ts): icon arrays and the order
 * in which each option component cites its sources, which citation numbering relies on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { componentSourceKeys, iconArrayPaths, otherChoices, type OptionData, type OptionEntry } from '../../src/lib/treatment-options.ts';
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

/**
 * The options data itself (content/treatment-options/): the seven options the decision aid must
 * offer, and figures whose date of evidence is the date of the source record they cite. The build
 * checks that each source key exists; this checks the figures say the right year.
 */
describe('the options data', () => {
  const ROOT = join(import.meta.dirname, '../../content');
  const read = (dir: string, id: string) => parseYaml(readFileSync(join(ROOT, dir, `${id}.yaml`), 'utf8'));
  const ids = readdirSync(join(ROOT, 'treatment-options')).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5));
  const data = new Map(ids.map((id) => [id, read('treatment-options', id) as OptionData]));

  it('offers the seven options of the decision aid, the medicines naming all six add-on antipsychotics', () => {
    expect(ids.sort()).toEqual(['current-plan', 'ect', 'esketamine', 'iv-ketamine', 'medicines', 'psychotherapy', 'rtms']);
    const medicines = data.get('medicines')!.what.text;
    for (const drug of ['aripiprazole', 'brexpiprazole', 'cariprazine', 'quetiapine XR', 'olanzapine-fluoxetine', 'lumateperone']) expect(medicines).toContain(drug);
  });

  it.each(ids)('%s: each figure cites a source record whose date has the figure\'s year of evidence', (id) => {
    for (const figure of data.get(id)!.figures as unknown as { source: string; evidenceYear: string }[]) {
      const record = read('sources', figure.source) as { date: string };
      expect(String(record.date).slice(0, 4), `${id}: ${figure.source}`).toBe(figure.evidenceYear);
    }
  });

  it.each(ids)('%s: every statement cites source records that exist', (id) => {
    // Every `sources: [...]` list and every figure's `source:` anywhere in the file.
    const named: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [field, inner] of Object.entries(value)) {
          if (field === 'sources') named.push(...(inner as string[]));
          else if (field === 'source') named.push(inner as string);
          else walk(inner);
        }
      }
    };
    walk(data.get(id));
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(existsSync(join(ROOT, 'sources', `${key}.yaml`)), `${id} cites ${key}`).toBe(true);
  });
});
