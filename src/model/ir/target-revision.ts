import { z } from 'zod';
import { sourceSchema } from './source.ts';
import { asOfSchema, metricSchema, periodSchema } from './keys.ts';
import { figureSchema, unitSchema } from './figure.ts';
import { rowStatedSchema } from './stated.ts';

/** A revised target: previous and new value with the reasons given. */
export const revisionSchema = z
  .strictObject({
    metric: metricSchema,
    label: z.string().min(1),
    period: periodSchema,
    unit: unitSchema,
    previous: figureSchema.describe('Target before the revision'),
    new: figureSchema.describe('Target after the revision'),
    reasons: z.array(z.string().min(1)).min(1).describe('Reasons for the revision as stated'),
    stated: z.array(rowStatedSchema).optional().describe("E.g. 'down JPY3.7 billion from previous target'"),
  })
  .describe('Target revision');

export const targetRevisionSchema = z
  .strictObject({
    kind: z.literal('target-revision'),
    source: sourceSchema,
    asOf: asOfSchema.describe('Month of the revision (the deck stating it)'),
    revisions: z.array(revisionSchema).min(1),
  })
  .describe('Revised targets (previous, new, reason)');
