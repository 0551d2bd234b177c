import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { tableDocumentSchema } from './ir-data.ts';
import { columnIssues, metricIssues } from './table-choices.ts';

const item = z
  .strictObject({
    metric: z.string().min(1).describe('Metric id of the row, e.g. revenue.'),
    column: z.string().min(1).optional().describe('Column id of the figure; default the first column, e.g. FY07.'),
    base: z
      .string()
      .min(1)
      .optional()
      .describe('Column id the YoY compares with; default the column a year earlier, if the table has one.'),
    label: z.string().optional().describe('Heading of the figure; default the row label.'),
    measure: z
      .enum(['value', 'percent-of-revenue'])
      .default('value')
      .describe('value: the figure itself; percent-of-revenue: the row as % of revenues (operating margin), its change in points.'),
    target: z
      .string()
      .min(1)
      .optional()
      .describe('Column id of a target shown under the result, with its YoY against the result, e.g. FY12T.'),
  })
  .describe('One headline figure.');

const options = z
  .strictObject({
    items: z
      .array(item)
      .min(1)
      .max(8)
      .optional()
      .describe('The headline figures, in order (up to 8); default the first four rows in the first column.'),
  })
  .prefault({})
  .describe('KPI summary options.');

export const kpiSummary = {
  description: 'Headline figures in large type, each with its period and the YoY change computed from the table.',
  data: tableDocumentSchema,
  options,
  check: (data, chosen) =>
    (chosen.items ?? []).flatMap((item, index) => [
      ...metricIssues(data, item.metric, ['items', index, 'metric']),
      ...columnIssues(data, item.column, ['items', index, 'column']),
      ...columnIssues(data, item.base, ['items', index, 'base']),
      ...columnIssues(data, item.target, ['items', index, 'target']),
    ]),
} satisfies TemplateSchema<typeof tableDocumentSchema, typeof options>;
