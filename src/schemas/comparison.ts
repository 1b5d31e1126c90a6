/**
 * A comparison table (content/comparisons/<id>.yaml), rendered by <ComparisonTable id="..." />
 * and downloadable as CSV and JSON from /data/<id>.csv and /data/<id>.json. Every cell names its
 * sources, which become numbered citations on the page that shows the table.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';

const cellSchema = z
  .object({
    /** What goes in the cell: short, plain words. */
    text: z.string().min(1),
    /** Sources for the cell (keys of content/sources). Every cell needs at least one. */
    sources: z.array(reference('sources')).min(1, { message: 'every cell needs at least one source' }),
  })
  .strict();

export const comparisonSchema = z
  .object({
    /** Caption shown above the table. */
    caption: z.string().min(5),
    /** Heading of the first column, naming what the rows compare, e.g. "What differs". */
    rowHeader: z.string().min(2),
    /** The things compared, in column order: key and heading. */
    columns: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(2) }).strict()).min(2),
    /** One row per aspect; `cells` has one entry per column key. */
    rows: z
      .array(
        z
          .object({
            label: z.string().min(2),
            cells: z.record(z.string(), cellSchema),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((table, ctx) => {
    const keys = table.columns.map((column) => column.key);
    table.rows.forEach((row, i) => {
      for (const key of keys) {
        if (!row.cells[key]) ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells', key], message: `row "${row.label}" has no cell for column "${key}"` });
      }
      for (const key of Object.keys(row.cells)) {
        if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells', key], message: `"${key}" is not one of the columns (${keys.join(', ')})` });
      }
    });
  });
