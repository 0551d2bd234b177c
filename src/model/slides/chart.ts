import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { checkValueCounts, whenListsPresent } from './rows.ts';

const series = z
  .strictObject({
    name: z.string().describe('Series name, shown in the legend, e.g. "Revenue".'),
    values: z
      .array(z.number().nullable())
      .describe('One figure per category, as numbers in the unit; null for a missing value.'),
  })
  .describe('One data series.');

const data = z
  .strictObject({
    unit: z.string().optional().describe('Unit of the figures, e.g. "JPY million"; labels the y axis by default.'),
    categories: z.array(z.string()).min(1).describe('The x-axis categories, e.g. periods: ["FY2022", "FY2023"].'),
    series: z.array(series).min(1).describe('The data series; more than one gets a legend.'),
  })
  .superRefine(
    (chart, ctx) =>
      checkValueCounts(
        ctx,
        'series',
        chart.series,
        chart.categories.length,
        (i) => `Series ${i + 1} ("${chart.series[i]?.name}")`,
        'categories',
      ),
    { when: whenListsPresent('series', 'categories') },
  )
  .describe('Chart data: categories along the x axis and one or more series of figures.');

const options = z
  .strictObject({
    kind: z
      .enum(['bar', 'grouped', 'stacked', 'line'])
      .default('bar')
      .describe('bar: one bar per value (several series sit side by side); grouped; stacked; line.'),
    fragments: z
      .boolean()
      .default(false)
      .describe('Reveal each series one at a time, or each bar for a one-series bar chart.'),
    valueLabels: z.boolean().default(true).describe('Print each value on its bar or point.'),
    xLabel: z.string().optional().describe('Title under the x axis.'),
    yLabel: z.string().optional().describe('Title of the y axis; defaults to the unit.'),
  })
  .prefault({})
  .describe('Chart options.');

export const chart = {
  description: 'Bar, grouped, stacked or line chart drawn as SVG, with axes, value labels and a legend.',
  data,
  options,
} satisfies TemplateSchema;
