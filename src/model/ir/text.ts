import { z } from 'zod';
import { sourceSchema } from './source.ts';

export const textSchema = z
  .strictObject({
    kind: z.literal('text'),
    source: sourceSchema,
    title: z.string().min(1),
    role: z.enum(['forward-looking-statements', 'other']).describe('What the text is for'),
    body: z.string().min(1),
  })
  .describe('Free text such as the forward-looking statements');
