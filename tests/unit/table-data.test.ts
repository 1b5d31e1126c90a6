import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToJson } from '../../src/lib/table-data.ts';

const table = {
  caption: 'Test',
  rowHeader: 'What',
  columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B, quoted "x"' }],
  rows: [{ label: 'Dose', cells: { a: { text: '56 mg', sources: [{ id: 's1' }] }, b: { text: 'about 100 mg, varies', sources: [{ id: 's2' }, { id: 's3' }] } } }],
};

describe('comparison data downloads', () => {
  it('writes one CSV row per cell, quoting commas and quotes', () => {
    expect(tableToCsv(table)).toBe('aspect,compared,text,sources\r\nDose,A,56 mg,s1\r\nDose,"B, quoted ""x""","about 100 mg, varies",s2 s3\r\n');
  });

  it('writes JSON with each cell’s sources and their URLs', () => {
    const json = JSON.parse(tableToJson(table, { s1: 'https://one', s2: 'https://two', s3: 'https://three' }));
    expect(json.rows[0].cells.b.sources).toEqual([{ id: 's2', url: 'https://two' }, { id: 's3', url: 'https://three' }]);
  });
});
