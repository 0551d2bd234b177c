import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { textDocumentSchema } from './ir-data.ts';

const options = z
  .strictObject({
    size: z
      .enum(['auto', 'normal', 'small'])
      .default('auto')
      .describe('Type size: normal 24px, small 20px (legal text); auto picks small over 900 characters.'),
  })
  .prefault({})
  .describe('Text options.');

export const text = {
  description: 'Free text such as the forward-looking statements, in paragraphs.',
  data: textDocumentSchema,
  options,
} satisfies TemplateSchema;
