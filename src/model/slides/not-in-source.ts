import { z } from 'zod';
import { imageSchema } from '../image.ts';
import type { TemplateSchema } from '../slide.ts';
import { bullet } from './highlights.ts';

const data = z
  .strictObject({
    subtitle: z.string().optional().describe('A line of the slide that survived in the text, shown under the title.'),
    bullets: z.array(bullet).optional().describe('Any bullets of the slide that survived in the text.'),
  })
  .prefault({})
  .describe('What survived of the slide in the extracted text.');

const options = z
  .strictObject({
    what: z
      .string()
      .min(1)
      .default('a chart')
      .describe('What the original slide showed as an image, read in "This slide showed … as an image": a chart, customer logos, three charts.'),
    audience: z
      .enum(['text', 'omit'])
      .default('omit')
      .describe(
        'The audience edition never shows the "nothing is drawn here" box. text: the slide shows there as an ordinary slide of its title, subtitle and bullets, for text that tells an investor something; omit (the default): it is left out, for slides where only chart titles, units or footnotes survived.',
      ),
    image: imageSchema
      .optional()
      .describe('The original image, when the team has it: shown in place of the statement that nothing is drawn.'),
  })
  .prefault({})
  .describe('Options of a slide whose content did not survive.');

export const notInSource = {
  description: 'A slide whose chart or picture was an image in the source deck: its surviving text, and a plain statement that the values are not in the source.',
  data,
  options,
  // With the original image the slide has something to show investors; without it, the deck decides.
  editions: (chosen: z.output<typeof options>) => (chosen.image || chosen.audience === 'text' ? ['audience', 'review'] : ['review']),
  images: (_, { image }) => (image ? [{ in: 'options', path: ['image'], image }] : []),
} satisfies TemplateSchema<typeof data, typeof options>;
