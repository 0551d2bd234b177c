import { z } from 'zod';

/**
 * Where a figure was read: the seed file and the slide title as the extracted text prints it.
 * Tables carry one source that their figures inherit; a figure may override it.
 */
export const sourceSchema = z
  .strictObject({
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'seed must be a seed file name such as 000_9e66fd0b7d2bdcb7.txt' })
      .describe('Seed file the figure was read from'),
    slide: z.string().min(1).describe('Slide title as printed in the seed'),
  })
  .describe('Source of a figure: seed file and slide title');

export type Source = z.infer<typeof sourceSchema>;
