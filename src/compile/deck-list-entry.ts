import type { DeckInfo } from '../model/deck.ts';
import type { ResolvedDeck } from '../model/resolved.ts';

/** One line of the deck list (OUT/index.html and the dev server's /): the deck's fields and its size. */
export type DeckListEntry = Pick<DeckInfo, 'id' | 'title' | 'company' | 'date'> & { slideCount: number };

export function deckListEntry({ id, title, company, date, slides }: ResolvedDeck): DeckListEntry {
  return { id, title, company, date, slideCount: slides.length };
}
