import { z } from 'zod';
import { figureSchema, sourceSchema, unitSchema } from '../ir/index.ts';
import type { TemplateSchema } from '../slide.ts';

const step = z
  .strictObject({
    label: z.string().min(1).describe('Category label under the bar, e.g. "Gross margin increase".'),
    kind: z
      .enum(['start', 'delta', 'subtotal', 'end'])
      .default('delta')
      .describe('start: opening level; delta (default): an increase or decrease; subtotal, end: running total, computed.'),
    value: figureSchema
      .optional()
      .describe('The figure of a start or delta step (negative for a decrease); leave it out of subtotal and end.'),
  })
  .refine((s) => (s.kind === 'start' || s.kind === 'delta') === (s.value !== undefined), {
    error: 'start and delta steps need a value; subtotal and end are computed, so leave their value out',
    path: ['value'],
  })
  .describe('One bar of the bridge.');

const data = z
  .strictObject({
    unit: unitSchema.describe('Unit of the figures, e.g. JPY million; titles the y axis.'),
    source: sourceSchema.describe('Where the figures were read: seed file and slide title; a figure may override it.'),
    steps: z.array(step).min(2).describe('The bars from left to right: usually a start, deltas and an end.'),
  })
  .describe('A bridge from an opening to a closing figure through increases and decreases.');

const options = z
  .strictObject({
    fragments: z.boolean().default(false).describe('Reveal the bars one at a time, left to right.'),
    valueLabels: z.boolean().default(true).describe('Print each bar’s figure on it.'),
    yLabel: z.string().optional().describe('Title of the y axis; defaults to the unit.'),
  })
  .prefault({})
  .describe('Waterfall options.');

export const waterfall = {
  description: 'Waterfall (bridge) chart as SVG: a start, increases and decreases, and computed subtotals and end.',
  data,
  options,
} satisfies TemplateSchema;
