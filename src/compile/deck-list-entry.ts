import type { DeckInfo, ThemeName } from '../model/deck.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';

/**
 * One deck on the deck list (OUT/index.html and the dev server's /): its fields, its size, and its
 * first slide, which the list draws scaled down as the deck's thumbnail.
 */
export type DeckListEntry = DeckInfo & {
  slideCount: number;
  cover: ResolvedSlide;
};

/** The decks as the list shows them: newest first, decks of one date by title, then by id. */
export function deckListEntries(decks: ResolvedDeck[]): DeckListEntry[] {
  return decks
    .map(({ file: _file, slides, ...info }) => ({ ...info, slideCount: slides.length, cover: slides[0]! }))
    .sort((a, b) => compare(b.date, a.date) || compare(a.title, b.title) || compare(a.id, b.id));
}

// Dates are YYYY-MM or YYYY-MM-DD, so their text sorts as the dates do; a month sorts before its days.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The theme the list page takes its colours from: the one every deck uses, or none (the default). */
export function listTheme(decks: DeckListEntry[]): ThemeName | undefined {
  const themes = new Set(decks.map((deck) => deck.theme));
  return themes.size === 1 ? [...themes][0] : undefined;
}
