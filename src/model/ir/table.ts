import { z } from 'zod';
import { sourceSchema } from './source.ts';
import { asOfSchema, atSchema, basisSchema, metricSchema } from './keys.ts';
import { figureSchema, unitSchema } from './figure.ts';
import { rowStatedSchema, statedSchema } from './stated.ts';

/**
 * The shape shared by every table of figures (income statements, balance sheets, cash flows,
 * quarterly series, segment results, forecasts): columns name a period or date and a basis, rows name
 * a metric and hold one figure per column. Columns have ids so one table can hold the same period
 * twice (FY2011 actual and FY2011 revised target).
 */
export const columnSchema = z
  .strictObject({
    id: z.string().min(1).describe('Key used in the rows’ values'),
    at: atSchema,
    basis: basisSchema.optional().describe("Default 'actual'"),
    asOf: asOfSchema.optional(),
    label: z.string().optional().describe('Column header as the seed prints it'),
  })
  .refine((c) => (c.basis ?? 'actual') === 'actual' || c.asOf !== undefined, {
    error: 'a target column needs asOf: the month the target was stated',
    path: ['asOf'],
  })
  .describe('Table column');

export const rowSchema = z
  .strictObject({
    metric: metricSchema,
    label: z.string().min(1).describe('Row label as the seed prints it'),
    legend: z
      .string()
      .min(1)
      .optional()
      .describe('What a chart legend calls the row, where the printed label does not say it to an investor: "Costs and expenses" for a printed "Sum"'),
    unit: unitSchema.optional().describe('Overrides the table unit'),
    values: z.record(z.string(), figureSchema).describe('Figure per column id'),
    stated: z.array(rowStatedSchema).optional().describe('Derived figures the seed states for this row'),
    comment: z.string().optional().describe('Comment column as the seed prints it'),
    note: z.string().optional().describe('Why the row reads as it does'),
  })
  .describe('Table row');

export function tableSchema<K extends string>(kind: K, description: string) {
  return z
    .strictObject({
      kind: z.literal(kind),
      title: z.string().optional().describe('Table title if it differs from the slide title'),
      source: sourceSchema,
      unit: unitSchema.describe('Unit of the figures unless a row or figure overrides it'),
      decimals: z.int().min(0).max(4).optional().describe('Decimals the seed prints in this table'),
      plus: z
        .boolean()
        .optional()
        .describe('The seed prints "+" before an increase in its change columns (+3.3); the slide does too'),
      columns: z.array(columnSchema).min(1),
      rows: z.array(rowSchema).min(1),
      stated: z.array(statedSchema).optional().describe('Derived figures stated around the table'),
      notes: z.array(z.string()).optional().describe('Surviving text around the table'),
    })
    .superRefine((t, ctx) => {
      const ids = new Set(t.columns.map((c) => c.id));
      t.rows.forEach((row, r) => {
        for (const key of Object.keys(row.values)) {
          if (!ids.has(key)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', r, 'values', key],
              message: `no column with id '${key}' (columns: ${[...ids].join(', ')})`,
            });
          }
        }
      });
    })
    .describe(description);
}

export const incomeStatementSchema = tableSchema('income-statement', 'P&L line items by period');
export const balanceSheetSchema = tableSchema('balance-sheet', 'Balance-sheet items by date');
export const cashFlowSchema = tableSchema('cash-flow', 'Cash-flow items by period');
export const quarterlySeriesSchema = tableSchema('quarterly-series', 'Items by quarter (and year totals)');
export const segmentResultsSchema = tableSchema('segment-results', 'Segment or service figures by period');
export const forecastSchema = tableSchema('forecast', 'Targets next to the actuals they are compared with');
