import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { companyProfileDocumentSchema } from './ir-data.ts';

const options = z
  .strictObject({
    shareholders: z
      .int()
      .min(0)
      .max(10)
      .default(5)
      .describe('How many of the largest shareholders to list (0 leaves them out).'),
  })
  .prefault({})
  .describe('Company-profile options.');

export const companyProfile = {
  description: 'Company profile: name, establishment, employees, listings, largest shareholders, web site.',
  data: companyProfileDocumentSchema,
  options,
} satisfies TemplateSchema;
