import { z } from 'zod';
import { sourceSchema } from './source.ts';

export interface Bullet {
  text: string;
  note?: string | undefined;
  children?: Bullet[] | undefined;
}

// Recursive: a bullet may hold sub-bullets to any depth, as the decks nest two or three levels.
export const bulletSchema: z.ZodType<Bullet> = z.lazy(() =>
  z.strictObject({
    text: z.string().min(1),
    note: z.string().min(1).optional().describe('What the extracted text said where the bullet corrects it, and why'),
    children: z.array(bulletSchema).optional(),
  }),
);

export const highlightsSchema = z
  .strictObject({
    kind: z.literal('highlights'),
    source: sourceSchema,
    title: z.string().optional().describe('Heading above the bullets, if any'),
    bullets: z.array(bulletSchema).min(1).describe('Nested bullets as the slide lists them'),
    footnotes: z
      .array(
        z.union([
          z.string().min(1),
          z.strictObject({
            text: z.string().min(1),
            note: z.string().min(1).optional().describe('What the extracted text said where the footnote corrects it, and why'),
          }),
        ]),
      )
      .optional()
      .describe('Footnotes and chart legends of the slide ("YoY = 3Q08 compared to 3Q07", "(*) The figures …"), one a line: shown as a small caption at the foot of the slide, not as bullets'),
  })
  .describe('Highlights: nested bullets');
