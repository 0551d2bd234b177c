import { z } from 'zod';
import { correctedReadings } from '../ir/corrected-readings.ts';
import { irDocumentSchema } from '../ir/index.ts';
import type { TemplateSchema } from '../slide.ts';

const data = z
  .array(
    z.strictObject({
      file: z.string().describe('The data file, relative to data/.'),
      // Through a pipe, so the JSON Schema for editors shows a document, not the whole data model:
      // nobody writes these inline, they come from data/ files that `quarterdeck check` validates.
      data: z.unknown().pipe(irDocumentSchema).describe('An IR data document from data/, checked against the data model.'),
    }),
  )
  .min(1)
  .describe('The data files whose corrected readings to list: a data reference with *, such as iij/2008-06-*.yaml.');

const options = z
  .strictObject({
    page: z.int().min(1).default(1).describe('Which page of the list this slide shows, from 1.'),
    perPage: z.int().min(1).max(8).default(5).describe('How many readings fit one slide.'),
  })
  .prefault({})
  .describe('Corrections options.');

/** How many corrected readings the appendix's data files hold; its pages share them out in order. */
export const readingCount = (files: z.output<typeof data>) => correctedReadings(files.map(({ file, data: doc }) => ({ file, doc }))).length;

export const corrections = {
  description: 'Appendix: every figure or name whose reading corrects the extracted text, with the note that says why.',
  data,
  options,
  check(files, { page, perPage }) {
    const count = readingCount(files);
    const pages = Math.max(1, Math.ceil(count / perPage));
    if (page <= pages) return [];
    return [{ path: ['page'], message: `Page ${page} of this appendix would be empty: its data files hold ${count} corrected reading(s), ${perPage} a page, so ${pages} page(s).` }];
  },
  // The appendix is the audit trail itself: seed slides, internal keys, notes for the IR team.
  editions: () => ['review'],
} satisfies TemplateSchema<typeof data, typeof options>;
