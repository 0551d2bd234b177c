import { z } from 'zod';
import { sourceSchema } from './source.ts';
import { dateSchema } from './keys.ts';
import { figureSchema } from './figure.ts';

export const groupCompanySchema = z
  .strictObject({
    name: z.string().min(1),
    relation: z.enum(['consolidated-subsidiary', 'equity-method-investee']),
    ownership: figureSchema.optional().describe('% owned; absent where the seed leaves the cell blank'),
    ownershipNote: z.string().optional().describe('What a blank ownership cell stood for, where the seed supports it'),
    business: z.string().optional().describe('Main business as stated'),
    text: z.string().optional().describe('Name as the extracted text spelled it, when corrected'),
    note: z.string().optional(),
  })
  .refine((c) => c.text === undefined || c.note !== undefined, {
    error: 'a corrected name (text:) needs a note saying why',
    path: ['note'],
  })
  .describe('Group company');

export const groupCompaniesSchema = z
  .strictObject({
    kind: z.literal('group-companies'),
    source: sourceSchema,
    asOf: dateSchema.optional().describe('Date the list is as of, when the seed states it'),
    companies: z.array(groupCompanySchema).min(1),
  })
  .describe('Group companies');
