import { z } from 'zod';
import type { SlideSchema } from '../slide.ts';

/** A bullet is plain text, or text with sub-bullets under it (which may nest further). */
export type Bullet = string | { text: string; items?: Bullet[] | undefined };

export const bullet: z.ZodType<Bullet> = z.lazy(() =>
  z.union([
    z.string().min(1).describe('Bullet text.'),
    z
      .strictObject({
        text: z.string().min(1).describe('Bullet text.'),
        items: z.array(bullet).optional().describe('Sub-bullets shown indented under this one.'),
      })
      .describe('A bullet with sub-bullets.'),
  ]),
);

const data = z.array(bullet).min(1).describe('The bullets, top level first; a bullet may carry sub-bullets in `items`.');

const options = z
  .strictObject({
    fragments: z.boolean().default(false).describe('Reveal the top-level bullets one at a time.'),
  })
  .prefault({})
  .describe('Highlights options.');

export const highlights = {
  description: 'Key messages as bullets, nested up to any depth, optionally revealed one by one.',
  data,
  options,
} satisfies SlideSchema;
