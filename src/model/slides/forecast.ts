import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { financialTable } from './financial-table.ts';
import { forecastDocumentSchema, targetRevisionDocumentSchema } from './ir-data.ts';
import { checkTableChoices, columnIssues } from './table-choices.ts';

const data = z
  .discriminatedUnion('kind', [forecastDocumentSchema, targetRevisionDocumentSchema], {
    error: 'expected a forecast or target-revision document (kind: forecast or kind: target-revision)',
  })
  .describe('A forecast document (targets beside actuals) or a target-revision document (previous and new targets with reasons).');

const table = financialTable.options.unwrap().shape;

const options = z
  .strictObject({
    target: z
      .string()
      .min(1)
      .optional()
      .describe('Forecast document: id of the target column compared; default the last full-year target column.'),
    actual: z
      .string()
      .min(1)
      .optional()
      .describe('Forecast document: id of the actual column it is compared with; default the actuals a year earlier.'),
    columns: table.columns.describe('Forecast document: columns to show instead of all columns + change + YoY.'),
    rows: table.rows,
    comment: z.boolean().default(false).describe('Forecast document: add the rows’ comments as a last column.'),
    compact: table.compact,
    fragments: z.boolean().default(false).describe('Reveal the rows one at a time.'),
  })
  .prefault({})
  .describe('Forecast options.');

export const forecast = {
  description:
    'Targets: a forecast table with the change and YoY of the target against actuals, or target revisions (previous, new, change, reasons).',
  data,
  options,
  check(data, chosen) {
    if (data.kind === 'forecast') {
      return [...columnIssues(data, chosen.target, ['target']), ...columnIssues(data, chosen.actual, ['actual']), ...checkTableChoices(data, chosen)];
    }
    // A target-revision slide shows every revision: options that pick forecast columns or rows would be ignored.
    return (['target', 'actual', 'columns', 'rows'] as const).flatMap((key) =>
      chosen[key] === undefined
        ? []
        : [{ path: [key], message: `${key} picks from a forecast document, but this slide's data is a target-revision document, which shows every revision. Remove ${key}.` }],
    );
  },
} satisfies TemplateSchema<typeof data, typeof options>;
