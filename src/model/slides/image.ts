import { z } from 'zod';
import { imageSchema } from '../image.ts';
import type { TemplateSchema } from '../slide.ts';

const data = imageSchema
  .extend({
    caption: z.string().optional().describe('A line under the image saying what it shows, such as "Backbone network, March 2009".'),
    source: z.string().optional().describe('Where the image comes from, shown after "Source:" under the image.'),
  })
  .describe('An image file of the project, its alt text, and an optional caption and source line.');

const options = z.strictObject({}).prefault({}).describe('The image template takes no options.');

export const image = {
  description: 'An image file of the project (a photo, a logo, a diagram, an original chart) under the slide title, scaled to fit, with an optional caption and source.',
  data,
  options,
  images: (value) => [{ in: 'data', path: [], image: value }],
} satisfies TemplateSchema<typeof data, typeof options>;
