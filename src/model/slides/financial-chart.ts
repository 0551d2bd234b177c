import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { tableDocumentSchema } from './ir-data.ts';
import type { SlideIssue } from '../slide.ts';
import { checkTableChoices, columnIssues, metricIssues } from './table-choices.ts';

const arrow = z
  .strictObject({
    from: z.string().min(1).describe('Column id of the earlier category, e.g. FY10.'),
    to: z.string().min(1).describe('Column id of the later category, where the arrow points.'),
    row: z
      .string()
      .min(1)
      .optional()
      .describe('Metric of the series compared, default the first; over a stacked chart, the metric of the column totals, drawn or not.'),
    kind: z.enum(['yoy', 'change']).default('yoy').describe('yoy: the % change; change: the difference in the unit.'),
  })
  .describe('A change arrow between two columns, labelled with the change the data states (computed where it states none).');

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
    total: z
      .string()
      .min(1)
      .optional()
      .describe('Metric of the row that holds the printed column totals of a stacked chart; its figures label the columns (the tooltip gives the sum of the segments). Default: the computed sum.'),
    arrows: z
      .array(arrow)
      .optional()
      .describe('Change arrows between two drawn columns: the label prints the stated YoY or change, the tooltip the computed one.'),
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
  check: (data, chosen) => [
    ...checkTableChoices(data, chosen),
    ...metricIssues(data, chosen.ratio?.of, ['ratio', 'of']),
    ...metricIssues(data, chosen.total, ['total']),
    ...(chosen.arrows ?? []).flatMap((a, i) => arrowIssues(data, chosen, a, i)),
  ],
} satisfies TemplateSchema<typeof tableDocumentSchema, typeof options>;

/**
 * An arrow must join two drawn columns and name a drawn row, or it would point at nothing; over a
 * stacked chart it joins the column totals, so its row may be the total's, which is not drawn.
 */
function arrowIssues(
  data: z.infer<typeof tableDocumentSchema>,
  chosen: z.infer<typeof options>,
  a: z.infer<typeof arrow>,
  i: number,
): SlideIssue[] {
  const drawn = chosen.columns ?? data.columns.map((c) => c.id);
  const ends = (['from', 'to'] as const).flatMap((end): SlideIssue[] => {
    const missing = columnIssues(data, a[end], ['arrows', i, end]);
    if (missing.length > 0) return missing;
    return drawn.includes(a[end]) ? [] : [{ path: ['arrows', i, end], message: `Column ${a[end]} is not drawn. Add it to columns: or point the arrow at one of ${drawn.join(', ')}.` }];
  });
  const rows = chosen.rows ?? data.rows.map((r) => r.metric);
  const row =
    a.row === undefined
      ? []
      : metricIssues(data, a.row, ['arrows', i, 'row']).length > 0
        ? metricIssues(data, a.row, ['arrows', i, 'row'])
        : rows.includes(a.row) || chosen.kind === 'stacked'
          ? []
          : [{ path: ['arrows', i, 'row'], message: `Row ${a.row} is not drawn. Add it to rows: or name one of ${rows.join(', ')}.` }];
  return [...ends, ...row];
}
