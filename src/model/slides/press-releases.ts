import { z } from 'zod';
import { releaseQuarter } from '../ir/press-releases.ts';
import type { TemplateSchema } from '../slide.ts';
import { pressReleasesDocumentSchema } from './ir-data.ts';

const options = z
  .strictObject({
    quarters: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Fiscal quarters to show, e.g. ["1Q FY2007", "2Q FY2007"]; default all. Splits a long list over slides.'),
    columns: z
      .union([z.literal(1), z.literal(2)])
      .optional()
      .describe('1 or 2 text columns; default 2 over eight releases.'),
  })
  .prefault({})
  .describe('Press-releases options.');

export const pressReleases = {
  description: 'Press releases grouped by fiscal quarter, each with its date and title.',
  data: pressReleasesDocumentSchema,
  options,
  check(data, chosen) {
    const quarters = [...new Set(data.releases.map(releaseQuarter))];
    return (chosen.quarters ?? []).flatMap((quarter, index) =>
      quarters.includes(quarter)
        ? []
        : [{ path: ['quarters', index], message: `No press release in the data falls in ${quarter}. Its quarters: ${quarters.join(', ')}.` }],
    );
  },
} satisfies TemplateSchema<typeof pressReleasesDocumentSchema, typeof options>;
