import { z } from 'zod';
import { sourceSchema } from './source.ts';

export const contactsSchema = z
  .strictObject({
    kind: z.literal('contacts'),
    source: sourceSchema,
    organisation: z.string().min(1),
    department: z.string().optional(),
    address: z.string().optional(),
    tel: z.string().optional(),
    fax: z.string().optional(),
    url: z.url().optional(),
    email: z.email().optional(),
    notes: z.array(z.string()).optional().describe('Corrections to the extracted text (misspelled URL etc.)'),
  })
  .describe('IR contact information');
