import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';
import { groupCompaniesDocumentSchema } from './ir-data.ts';

const options = z
  .strictObject({
    relation: z
      .enum(['all', 'consolidated-subsidiary', 'equity-method-investee'])
      .default('all')
      .describe('Which companies to show: all (in two groups), or one group, e.g. to give each its own slide.'),
    business: z
      .boolean()
      .optional()
      .describe('Show the main-business column; default on for up to six companies, which is what fits with it.'),
    from: z.int().min(1).optional().describe('First company shown, 1-based, counted within the companies shown.'),
    to: z.int().min(1).optional().describe('Last company shown, inclusive; with `from`, splits a long list over two slides.'),
  })
  .prefault({})
  .describe('Group-companies options.');

export const groupCompanies = {
  description: 'Group companies by consolidation (subsidiaries, equity-method investees) with ownership and main business.',
  data: groupCompaniesDocumentSchema,
  options,
  check(data, chosen) {
    const shown = data.companies.filter((c) => chosen.relation === 'all' || c.relation === chosen.relation).length;
    if (shown === 0) return [{ path: ['relation'], message: `No company in the data is a ${chosen.relation}.` }];
    return (['from', 'to'] as const).flatMap((end) => {
      const at = chosen[end];
      return at === undefined || at <= shown
        ? []
        : [{ path: [end], message: `There are only ${shown} companies to show${chosen.relation === 'all' ? '' : ` of relation ${chosen.relation}`}.` }];
    });
  },
} satisfies TemplateSchema<typeof groupCompaniesDocumentSchema, typeof options>;
