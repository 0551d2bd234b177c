import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { checkValueCounts, whenListsPresent } from './rows.ts';

// z.number() rejects strings, NaN and Infinity: a figure typed as "1,980" is an error, never coerced.
const row = z
  .strictObject({
    label: z.string().describe('The row heading, e.g. "Operating profit".'),
    values: z
      .array(z.number().nullable())
      .describe('One figure per column, as numbers in the unit; null for an empty cell (shown as "–").'),
    unit: z.string().optional().describe('Overrides the table unit for this row, e.g. "%" for a margin row.'),
    emphasis: z.boolean().optional().describe('Show the row in bold, e.g. for a total.'),
    indent: z.number().int().min(0).max(3).optional().describe('Indent level of the label (0–3), for sub-items.'),
  })
  .describe('One table row.');

const data = z
  .strictObject({
    unit: z.string().optional().describe('Unit of the figures, shown as "Unit: …", e.g. "JPY million".'),
    columns: z.array(z.string()).min(1).describe('Column headings, e.g. periods: ["FY2023", "FY2024", "YoY"].'),
    rows: z.array(row).min(1).describe('The rows, top to bottom.'),
  })
  .superRefine(
    (table, ctx) =>
      checkValueCounts(
        ctx,
        'rows',
        table.rows,
        table.columns.length,
        (i) => `Row ${i + 1} ("${table.rows[i]?.label}")`,
        'columns',
      ),
    { when: whenListsPresent('rows', 'columns') },
  )
  .describe('A financial table: column headings and labelled rows of figures.');

const options = z
  .strictObject({
    fragments: z.boolean().default(false).describe('Reveal the rows one at a time.'),
  })
  .prefault({})
  .describe('Table options.');

export const table = {
  description: 'Financial table with right-aligned figures, negatives in brackets and a unit caption.',
  data,
  options,
} satisfies TemplateSchema;
