import { z } from 'zod';
import type { TemplateSchema } from '../slide.ts';

/**
 * A bullet is plain text, or text with sub-bullets under it (which may nest further). Data files
 * spell sub-bullets `children` and may carry a `note` on a bullet whose wording corrects the text.
 */
export type Bullet =
  | string
  | { text: string; items?: Bullet[] | undefined; children?: Bullet[] | undefined; note?: string | undefined };

export const bullet: z.ZodType<Bullet> = z.lazy(() =>
  z.union([
    z.string().min(1).describe('Bullet text.'),
    z
      .strictObject({
        text: z.string().min(1).describe('Bullet text.'),
        items: z.array(bullet).optional().describe('Sub-bullets shown indented under this one.'),
        children: z.array(bullet).optional().describe('Sub-bullets, as data files spell them.'),
        note: z.string().optional().describe('Why the wording differs from the extracted text; shown on hover.'),
      })
      .describe('A bullet with sub-bullets.'),
  ]),
);

const bullets = z.array(bullet).min(1);

/** A footnote or chart legend line; `note` says why its wording differs from the extracted text. */
export interface Footnote {
  text: string;
  note?: string | undefined;
}

const footnotes = z
  .array(
    z.union([
      z.string().min(1).transform((text): Footnote => ({ text })),
      z.strictObject({
        text: z.string().min(1).describe('The footnote.'),
        note: z.string().optional().describe('Why the wording differs from the extracted text; shown on hover in the review edition.'),
      }),
    ]),
  )
  .describe('Footnotes and chart legends, one a line, shown as a small caption at the foot of the slide rather than as bullets.');

/** What the template draws: the bullets, and the footnotes under them (none for an inline list). */
export interface HighlightsData {
  bullets: Bullet[];
  footnotes: Footnote[];
}

/**
 * A highlights document from data/ (`kind: highlights`) is read as its bullets, so a slide can bind
 * the whole file. `quarterdeck check` validates the document itself against the data model. A
 * union, not a preprocess, so a mistake in the document is reported at its own path in the file.
 */
const document = z
  .looseObject({
    kind: z.literal('highlights').describe('Marks a highlights document.'),
    bullets: bullets.describe('The bullets the slide shows.'),
    footnotes: footnotes.optional(),
  })
  .transform((doc): HighlightsData => ({ bullets: doc.bullets, footnotes: doc.footnotes ?? [] }))
  .describe('A highlights document from data/.');

const inline = bullets.transform((list): HighlightsData => ({ bullets: list, footnotes: [] }));

const data = z
  .union([inline, document])
  .describe('The bullets, top level first (a bullet may carry sub-bullets in `items`), or a highlights document from data/ (with its footnotes).');

const options = z
  .strictObject({
    fragments: z.boolean().default(false).describe('Reveal the top-level bullets one at a time.'),
    compact: z
      .boolean()
      .default(false)
      .describe('Smaller type (26px bullets, 21px sub-bullets), for a list that is a little too long for one slide at the normal size rather than two half-empty slides.'),
    columns: z
      .union([z.literal(1), z.literal(2)])
      .default(1)
      .describe('2: the top-level bullets flow into two columns, for a list of short lines; a bullet and its sub-bullets stay in one column.'),
    items: z
      .strictObject({
        from: z.int().min(1).optional().describe('First top-level bullet shown, from 1; default the first.'),
        to: z.int().min(1).optional().describe('Last top-level bullet shown, inclusive; default the last.'),
      })
      .optional()
      .describe('Show a run of the top-level bullets: a list too long for one slide goes on two, from one data file.'),
  })
  .prefault({})
  .describe('Highlights options.');

export const highlights = {
  description: 'Key messages as bullets, nested up to any depth, optionally revealed one by one.',
  data,
  options,
  check({ bullets }, chosen) {
    const issues = (['from', 'to'] as const).flatMap((end) => {
      const at = chosen.items?.[end];
      return at === undefined || at <= bullets.length
        ? []
        : [{ path: ['items', end], message: `There are only ${bullets.length} top-level bullets.` }];
    });
    return issues;
  },
} satisfies TemplateSchema<typeof data, typeof options>;
