import { z } from 'zod';

/**
 * Every deck is built twice. The audience edition is what investors see: no correction markers, no
 * appendix, no seed file names, sources cited in investor language. The review edition is for the
 * IR team before a release: everything the data records about how each figure was read.
 */
export const editionNames = ['audience', 'review'] as const;
export type Edition = (typeof editionNames)[number];

export const editionSchema = z
  .enum(editionNames)
  .describe('The one edition this slide is in: audience (what investors see) or review (for the IR team). Without it, both.');

/** Where each edition of a deck lives, relative to the deck's own folder. */
export const editionFolder: Record<Edition, string> = { audience: '', review: 'review/' };

/**
 * How an investor cites a source deck, from its slide inventory in data/: the deck's name, when it
 * was published, and its slide titles in order (a slide's page is its 1-based position).
 */
export interface SourceCitation {
  citation: string;
  published: string;
  pages: readonly string[];
  /** Headings printed on a slide besides its title (a table's own heading), with that slide's index in `pages`. */
  headings?: ReadonlyMap<string, number> | undefined;
}

/** Citations by seed file name; a seed without an inventory has none. */
export type Citations = ReadonlyMap<string, SourceCitation>;
