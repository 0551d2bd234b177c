import { z } from 'zod';

/**
 * The image formats a slide may show, by file extension: what every browser draws in an <img> and
 * what Quarterdeck can read the size of. The value is the format's name in messages.
 */
export const imageFormats = { png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG', svg: 'SVG', webp: 'WebP' } as const;
export type ImageExtension = keyof typeof imageFormats;

const extensionPattern = new RegExp(`\\.(${Object.keys(imageFormats).join('|')})$`, 'i');

/** An image file of the project as a deck names it: the file, relative to --root, and its alt text. */
export const imageSchema = z
  .strictObject({
    file: z
      .string()
      .regex(extensionPattern, {
        error: `Name a ${[...new Set(Object.values(imageFormats))].join(', ')} file (.${Object.keys(imageFormats).join(', .')}); convert other formats first.`,
      })
      .describe('The image file, relative to --root, such as images/network-map.png.'),
    alt: z
      .string({ error: 'An image needs alt text: say what it shows for a reader who cannot see it.' })
      .trim()
      .min(1, 'An image needs alt text: say what it shows for a reader who cannot see it.')
      .describe('What the image shows, in words, for screen readers and for anyone the image does not reach.'),
  })
  .describe('An image file of the project and its alt text.');

export type ImageRef = z.output<typeof imageSchema>;

/** An image file the loader found, read and measured: what the compiler copies and a template draws. */
export interface ImageAsset {
  /** As the deck file writes it, relative to --root. */
  file: string;
  /** The real absolute path, after every link. */
  real: string;
  width: number;
  height: number;
}
