import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { tableDocumentSchema } from './ir-data.ts';
import { checkTableChoices, metricIssues } from './table-choices.ts';

const options = z
  .strictObject({
    kind: z
      .enum(['bar', 'grouped', 'stacked', 'line'])
      .default('grouped')
      .describe('grouped: the rows side by side per column; stacked; line; bar (one series).'),
    columns: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Column ids of the data, the categories along the x axis, in order; default every column.'),
    rows: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Metric ids of the rows to draw, one series each; default every row.'),
    ratio: z
      .strictObject({
        of: z.string().min(1).optional().describe('Metric of the series the ratio is of; default the first series.'),
        per: z.string().min(1).default('revenue').describe('Metric of the denominator, default revenue.'),
        label: z.string().default('% of revenues').describe('The label of the row of ratios.'),
      })
      .optional()
      .describe("Under each category, a series' figure as % of `per` in that column, computed from the data."),
    fragments: z.boolean().default(false).describe('Reveal each series (or each bar of a one-series chart) one at a time.'),
    valueLabels: z.boolean().default(true).describe('Print each value on its bar or point.'),
    xLabel: z.string().optional().describe('Title under the x axis.'),
    yLabel: z.string().optional().describe('Title of the y axis; defaults to the unit.'),
  })
  .prefault({})
  .describe('Financial chart options.');

export const financialChart = {
  description: 'A chart of a table document from data/: rows as series, columns as categories, every value traceable to its seed slide.',
  data: tableDocumentSchema,
  options,
  // `per` may be missing on purpose: where the data states the ratios, they print without it.
  check: (data, chosen) => [...checkTableChoices(data, chosen), ...metricIssues(data, chosen.ratio?.of, ['ratio', 'of'])],
} satisfies TemplateSchema<typeof tableDocumentSchema, typeof options>;
