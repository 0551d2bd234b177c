import type { DeckInfo } from '../model/deck.ts';
import { editionFolder, editionNames, type Edition } from '../model/edition.ts';
import type { ResolvedDeck } from '../model/resolved.ts';

/**
 * One line of the deck list (OUT/index.html and the dev server's /): the deck's fields and, for
 * each edition, its link (relative to the list) and how many slides it has.
 */
export type DeckListEntry = Pick<DeckInfo, 'id' | 'title' | 'company' | 'date'> & {
  editions: Record<Edition, { href: string; slideCount: number }>;
};

export function deckListEntry({ id, title, company, date, slides }: ResolvedDeck): DeckListEntry {
  const editions = Object.fromEntries(
    editionNames.map((edition) => [
      edition,
      { href: `./${id}/${editionFolder[edition]}`, slideCount: slides.filter((slide) => slide.editions.includes(edition)).length },
    ]),
  ) as DeckListEntry['editions'];
  return { id, title, company, date, editions };
}
