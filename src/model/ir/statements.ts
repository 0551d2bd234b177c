import { z } from 'zod';
import { sourceSchema } from './source.ts';
import { asOfSchema, atSchema, basisSchema, metricSchema } from './keys.ts';
import { NOTE_REQUIRED, needsNote, printedNumberSchema, provenanceShape, unitSchema } from './figure.ts';
import { statedSchema } from './stated.ts';

/** A figure stated in running text ("JPY 4,538 million in FY07"). */
export const factSchema = z
  .strictObject({
    metric: metricSchema,
    at: atSchema,
    basis: basisSchema.optional(),
    asOf: asOfSchema.optional(),
    value: printedNumberSchema.describe('The value in `unit` (negative for losses, decreases)'),
    unit: unitSchema,
    label: z.string().optional().describe('Words the seed uses for it'),
    ...provenanceShape,
  })
  .refine(needsNote, NOTE_REQUIRED)
  .refine((f) => (f.basis ?? 'actual') === 'actual' || f.asOf !== undefined, {
    error: 'a target needs asOf: the month the target was stated',
    path: ['asOf'],
  })
  .describe('Figure stated in text');

export const statementsSchema = z
  .strictObject({
    kind: z.literal('statements'),
    source: sourceSchema,
    facts: z.array(factSchema).optional(),
    stated: z.array(statedSchema).optional().describe('Derived figures stated in the text'),
  })
  .describe('Figures and derived figures stated in a slide’s running text');

export type Fact = z.infer<typeof factSchema>;
