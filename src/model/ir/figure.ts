import { z } from 'zod';
import { sourceSchema } from './source.ts';

export const unitSchema = z
  .enum(['JPY million', 'JPY billion', 'JPY', '%', 'points', 'count', 'Gbps'])
  .describe('Unit as the seed states it (JPY is used for per-share amounts)');

export type Unit = z.infer<typeof unitSchema>;

/**
 * A number as a deck prints it. JavaScript writes very large and very small numbers with an exponent
 * (1e21, 5e-324); no slide prints those, and the checks read a figure's decimals from how it is written.
 */
export const printedNumberSchema = z
  .number()
  .refine((value) => !/e/i.test(String(value)), {
    error: 'This number is too large or too small to be a printed figure; write it as the deck prints it, such as 1234.5 or 0.25.',
  });

/** Marks a reading that could not be settled: the value is the text's, the note says why. */
export const flagSchema = z.literal('unresolved').describe("'unresolved': the text's value is kept, see note");

/** Fields shared by figures and stated derived figures: provenance and corrections. */
export const provenanceShape = {
  decimals: z
    .int()
    .min(-3)
    .max(4)
    .optional()
    .describe('Decimals the seed prints (YAML drops trailing zeros: 20.0 needs decimals: 1; -1 for a figure rounded to tens)'),
  source: sourceSchema.optional().describe('Overrides the table source'),
  text: z.string().optional().describe('What the extracted text said, when the value is a corrected reading'),
  note: z.string().min(1).optional().describe('Why the value reads as it does (correction, difference, flag)'),
  flag: flagSchema.optional(),
};

/** A correction or a flag is only as good as its reason, so either one requires a note. */
export function needsNote(f: { text?: string | undefined; flag?: string | undefined; note?: string | undefined }) {
  return (f.text === undefined && f.flag === undefined) || f.note !== undefined;
}

export const NOTE_REQUIRED = {
  error: 'a corrected (text:) or flagged (flag:) figure needs a note saying why',
  path: ['note'],
};

const figureObjectSchema = z
  .strictObject(
    {
      value: printedNumberSchema.describe('The value in the unit stated (negative for brackets or minus signs)'),
      unit: unitSchema.optional().describe('Overrides the table or row unit'),
      ...provenanceShape,
    },
    { error: 'a figure must be a number (no quotes, no commas) or { value: <number>, note: ... }' },
  )
  .refine(needsNote, NOTE_REQUIRED);

/**
 * A figure: a bare number, or an object when it needs a source, a note, a flag or a correction.
 * A bare number is read as { value }, so consumers always get the object and errors keep their path.
 */
export const figureSchema = z
  .preprocess((v) => (typeof v === 'number' ? { value: v } : v), figureObjectSchema)
  .describe('A figure: number or { value, unit?, decimals?, source?, text?, note?, flag? }');

export type Figure = z.infer<typeof figureSchema>;
