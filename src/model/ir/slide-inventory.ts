import { z } from 'zod';
import { monthOrDateSchema } from '../dates.ts';

/**
 * What each slide of a seed holds in the extracted text. Many slides showed charts whose values were
 * images; the text keeps only their titles, so those values are not in the data and are never made up.
 */
export const slideEntrySchema = z
  .strictObject({
    title: z.string().min(1).describe('Slide title as printed'),
    content: z
      .enum(['data', 'text', 'chart-values-missing', 'image-only'])
      .describe("'data': figures in data files; 'text': prose only; 'chart-values-missing': chart values were images"),
    files: z.array(z.string().regex(/\.yaml$/)).optional().describe('Data files holding this slide’s content'),
    headings: z
      .array(z.string().min(1))
      .optional()
      .describe('Other headings printed on this slide (a table’s own heading), which a data file may name as its source slide'),
    note: z.string().optional(),
  })
  .describe('Slide inventory entry');

export const slideInventorySchema = z
  .strictObject({
    kind: z.literal('slide-inventory'),
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    deck: z.string().min(1).describe('Deck title'),
    date: z.string().min(1).describe('Deck date as printed'),
    citation: z
      .string()
      .min(1)
      .describe('How an investor names this deck in a source line, such as "IIJ 3Q FY2008 results"'),
    published: monthOrDateSchema.describe('When the deck was published, from its cover: YYYY-MM-DD, or YYYY-MM when the cover gives only the month'),
    slides: z.array(slideEntrySchema).min(1),
  })
  .describe('Slides inventory of one seed');
