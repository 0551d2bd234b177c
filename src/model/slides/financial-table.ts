import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { tableDocumentSchema } from './ir-data.ts';
import { checkTableChoices } from './table-choices.ts';

const computedColumn = z
  .strictObject({
    column: z.string().min(1).describe('Id of a column of the data, e.g. FY07: the figures shown, or the current side of a comparison.'),
    computed: z
      .enum(['yoy', 'change', 'percent-of-revenue'])
      .optional()
      .describe(
        'Omit to show the column itself. yoy: % change of `column` against `base` (points for % rows); change: `column` minus `base`, in the row unit; percent-of-revenue: the figure as % of the revenue row in `column`.',
      ),
    base: z.string().min(1).optional().describe('Id of the column compared with, for yoy and change, e.g. FY06.'),
    per: z.string().min(1).optional().describe('Metric of the denominator for percent-of-revenue (default: revenue).'),
    label: z.string().optional().describe('Column heading; defaults to the column’s label, or YoY, Change, % of revenues.'),
  })
  .refine((c) => c.base !== undefined || (c.computed !== 'yoy' && c.computed !== 'change'), {
    error: 'yoy and change compare two columns: add base, the id of the column to compare with',
    path: ['base'],
  })
  .describe('A column of the data with its own heading, or a column computed from the data.');

const column = z
  .union([z.string().min(1).describe('Id of a column of the data, e.g. FY07.'), computedColumn])
  .describe('A column id of the data, or { column, computed?, base?, per?, label? }.');

const rowRef = z
  .union([z.int().min(1), z.string().min(1)])
  .describe('A 1-based row number in the data, or a row’s metric id.');

const rows = z
  .union([
    z.array(z.string().min(1)).min(1).describe('Metric ids of the rows to show, in this order.'),
    z
      .strictObject({
        from: rowRef.optional().describe('First row shown (number or metric); default the first.'),
        to: rowRef.optional().describe('Last row shown, inclusive (number or metric); default the last.'),
      })
      .describe('A run of rows in data order, e.g. { from: 1, to: 7 }.'),
  ])
  .describe('Which rows to show: a list of metric ids, or { from, to }. Split a long table over two slides with this.');

const options = z
  .strictObject({
    columns: z
      .array(column)
      .min(1)
      .optional()
      .describe('Columns to show, in order; default every column of the data. Add computed YoY, change or % of revenues columns here.'),
    rows: rows.optional(),
    emphasis: z.array(z.string().min(1)).default([]).describe('Metric ids of rows to show in bold, e.g. [revenue, total-assets].'),
    comment: z.boolean().default(false).describe('Add the rows’ comments as a last column (balance-sheet style).'),
    compact: z
      .boolean()
      .optional()
      .describe('Tighter 20px rows; default on over nine rows, or fewer when long comments wrap.'),
    fragments: z.boolean().default(false).describe('Reveal the rows one at a time.'),
  })
  .prefault({})
  .describe('Financial-table options.');

export const financialTable = {
  description:
    'A table document (P&L, balance sheet, cash flows, segments, forecast) with chosen columns, computed YoY / change / % of revenues, and traceable figures.',
  data: tableDocumentSchema,
  options,
  check: checkTableChoices,
} satisfies TemplateSchema<typeof tableDocumentSchema, typeof options>;

export type FinancialTableOptions = z.output<typeof options>;
export type ColumnChoice = z.output<typeof column>;
export type RowChoice = z.output<typeof rows>;
