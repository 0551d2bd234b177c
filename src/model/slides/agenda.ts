import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';

const data = z
  .strictObject({
    items: z.array(z.string().min(1)).min(1).describe('The agenda items, in order.'),
  })
  .describe('The list of agenda items.');

const options = z
  .strictObject({
    current: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('1-based number of the item to highlight, e.g. on a repeat of the agenda before each part.'),
    numerals: z
      .enum(['arabic', 'roman'])
      .default('arabic')
      .describe('How the items are numbered: 1, 2, 3 or I, II, III. Use the style the deck numbers its sections in.'),
  })
  .prefault({})
  .describe('Agenda options.');

export const agenda = {
  description: 'Numbered agenda, optionally highlighting the current item.',
  data,
  options,
} satisfies TemplateSchema;
