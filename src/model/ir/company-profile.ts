import { z } from 'zod';
import { calendarMonthSchema } from '../dates.ts';
import { sourceSchema } from './source.ts';
import { dateSchema } from './keys.ts';
import { figureSchema } from './figure.ts';

export const companyProfileSchema = z
  .strictObject({
    kind: z.literal('company-profile'),
    source: sourceSchema,
    name: z.string().min(1),
    asOf: calendarMonthSchema.describe('Month the profile describes'),
    established: calendarMonthSchema.describe('Month the company was established, YYYY-MM.'),
    employees: z.strictObject({
      consolidated: figureSchema.describe('Consolidated head count'),
      engineerShare: figureSchema.optional().describe('% of employees who are engineers'),
      note: z.string().optional(),
    }),
    listings: z.array(
      z.strictObject({ market: z.string().min(1), code: z.string().min(1) }).describe('Stock listing'),
    ),
    shareholders: z
      .array(z.strictObject({ name: z.string().min(1), share: figureSchema.describe('% of shares') }))
      .describe('Largest shareholders with % held'),
    website: z.url().optional(),
    checkedOn: dateSchema.optional(),
  })
  .describe('Company profile at a date');
