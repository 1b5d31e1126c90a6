/** Comparison tables as downloadable data: the same typed records the page table is built from. */
export interface TableData {
  caption: string;
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { label: string; cells: Record<string, { text: string; sources: { id: string }[] }> }[];
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row per aspect and column: aspect, column, text, sources (keys joined by spaces). */
export function tableToCsv(table: TableData): string {
  const lines = [['aspect', 'compared', 'text', 'sources']];
  for (const row of table.rows) {
    for (const column of table.columns) {
      const cell = row.cells[column.key];
      lines.push([row.label, column.label, cell.text, cell.sources.map((s) => s.id).join(' ')]);
    }
  }
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function tableToJson(table: TableData, sourceUrls: Record<string, string>): string {
  return JSON.stringify(
    {
      caption: table.caption,
      columns: table.columns,
      rows: table.rows.map((row) => ({
        aspect: row.label,
        cells: Object.fromEntries(table.columns.map((c) => [c.key, { text: row.cells[c.key].text, sources: row.cells[c.key].sources.map((s) => ({ id: s.id, url: sourceUrls[s.id] })) }])),
      })),
    },
    null,
    2,
  );
}
