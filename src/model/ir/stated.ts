import { z } from 'zod';
import { asOfSchema, atSchema, basisSchema, metricSchema } from './keys.ts';
import { NOTE_REQUIRED, needsNote, printedNumberSchema, provenanceShape, unitSchema } from './figure.ts';

/**
 * A derived figure the seed states (a YoY %, a margin, a balance-sheet change). It is kept as the
 * seed prints it and the checks recompute it from the underlying figures, in any file.
 *
 *   yoy / qoq      % change of `of` at `at` against the prior year / quarter (or `base`)
 *   pct-change     % change of `of` at `at` against `base`
 *   change         `of` at `at` minus `of` at `base` (default base: prior year), in money units
 *   ratio          `of` / `per` at `at`, in % (% of revenues, margin ratios)
 *   ratio-change   change in that ratio against `base` (default prior year), in points
 *   sum            sum of the metrics in `terms` at `at`, or of `of` over `periods` (quarters → year)
 *   difference     first metric in `terms` minus the rest at `at`
 */
export const derivedKindSchema = z
  .enum(['yoy', 'qoq', 'pct-change', 'change', 'ratio', 'ratio-change', 'sum', 'difference'])
  .describe('How the stated figure is computed');

const baseSchema = z
  .union([atSchema, z.enum(['prior-year', 'prior-quarter'])])
  .describe("Comparison point: a period, a date, 'prior-year' or 'prior-quarter'");

const statedShape = {
  derived: derivedKindSchema,
  of: metricSchema.optional().describe('Metric (defaults to the row metric in a table)'),
  per: metricSchema.optional().describe("Denominator of a ratio (default 'revenue')"),
  terms: z.array(metricSchema).min(2).optional().describe('Metrics of a sum or difference'),
  periods: z.array(atSchema).min(2).optional().describe('For a sum of one metric over periods'),
  at: atSchema,
  base: baseSchema.optional(),
  basis: basisSchema.optional().describe("Basis of the figure at `at` (default 'actual')"),
  baseBasis: basisSchema.optional().describe("Basis of the figure at `base` (default 'actual')"),
  asOf: asOfSchema.optional().describe('Month of the targets compared (needed when a basis is not actual)'),
  value: printedNumberSchema.describe('The value as stated (negative for down / brackets)'),
  unit: unitSchema
    .optional()
    .describe("Default: '%' for yoy/qoq/pct-change/ratio, 'points' for ratio-change, else the row or table unit (JPY million in statements)"),
  ...provenanceShape,
};

function operandsPresent(s: {
  derived: string;
  terms?: string[] | undefined;
  periods?: string[] | undefined;
  base?: string | undefined;
}) {
  if (s.derived === 'sum' && s.periods !== undefined) return s.terms === undefined;
  if (s.periods !== undefined) return false;
  if (s.derived === 'sum' || s.derived === 'difference') return s.terms !== undefined;
  return s.terms === undefined && (s.derived !== 'pct-change' || s.base !== undefined);
}
const OPERANDS = {
  error: 'sum/difference need terms (or a sum: of + periods); pct-change needs base; other kinds take of, not terms',
  path: ['terms'],
};

/** A stated derived figure inside a table row: `of` defaults to the row's metric. */
export const rowStatedSchema = z
  .strictObject(statedShape)
  .refine(needsNote, NOTE_REQUIRED)
  .refine(operandsPresent, OPERANDS)
  .describe('Stated derived figure');

/** A stated derived figure outside a table: it must say which metric it is about. */
export const statedSchema = z
  .strictObject(statedShape)
  .refine(needsNote, NOTE_REQUIRED)
  .refine(operandsPresent, OPERANDS)
  .refine((s) => s.of !== undefined || s.terms !== undefined, {
    error: 'a stated figure outside a table row needs `of` (or `terms`)',
    path: ['of'],
  })
  .describe('Stated derived figure');

export type Stated = z.infer<typeof statedSchema>;
