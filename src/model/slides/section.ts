import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';

const data = z
  .strictObject({
    subtitle: z.string().optional().describe('A line under the section heading.'),
  })
  .prefault({})
  .describe('Optional: the heading is the slide title.');

const options = z.strictObject({}).prefault({}).describe('The section divider takes no options.');

export const section = {
  description: 'Section divider: the slide title as a large heading, with an optional subtitle.',
  data,
  options,
} satisfies TemplateSchema;
