import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';

const data = z
  .strictObject({
    subtitle: z.string().optional().describe('A line under the deck title, e.g. "Results for the year ended March 2025".'),
  })
  .prefault({})
  .describe('Optional: the title slide shows the company, deck title and date from the deck itself.');

const options = z.strictObject({}).prefault({}).describe('The title slide takes no options.');

export const title = {
  description: 'Opening slide: company, deck title, date and an optional subtitle.',
  data,
  options,
} satisfies TemplateSchema;
