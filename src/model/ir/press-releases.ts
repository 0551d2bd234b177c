import { z } from 'zod';
import { sourceSchema } from './source.ts';
import { dateSchema, fiscalQuarterOf, periodSchema } from './keys.ts';

type Release = { date?: string | undefined; quarter?: string | undefined };

/** The quarter a release is listed under: the one the data files it under, else the one its date falls in. */
export function releaseQuarter(release: Release): string {
  return release.quarter ?? (release.date && fiscalQuarterOf(release.date)) ?? 'Undated';
}

export const pressReleasesSchema = z
  .strictObject({
    kind: z.literal('press-releases'),
    source: sourceSchema,
    releases: z
      .array(
        z.strictObject({
          date: dateSchema.optional().describe('Absent where the seed gives no date'),
          printed: z
            .string()
            .min(1)
            .optional()
            .describe('The date as the seed prints it ("Apr 2, 2007", "10/1", "2009/1/7"), year included only where it is printed'),
          quarter: periodSchema.optional().describe('Fiscal quarter the seed files it under'),
          title: z.string().min(1),
          note: z.string().optional(),
        }),
      )
      .min(1),
  })
  .describe('Press releases (date, title)');
