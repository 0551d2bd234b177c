import { defaultTheme, type DeckMeta, type ThemeName } from '../model/deck.ts';
import { editionFolder, editionNames, type Edition } from '../model/edition.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { Downloads } from './export-files.ts';

/**
 * One deck on the deck list (OUT/index.html and the dev server's /): its fields; for each edition,
 * its link (relative to the list) and how many slides it has; and the first slide of its audience
 * edition, which the list draws scaled down as the deck's thumbnail.
 */
export type DeckListEntry = DeckMeta & {
  id: string;
  editions: Record<Edition, { href: string; slideCount: number }>;
  cover: ResolvedSlide | undefined;
  /** The files an export wrote for the deck, relative to the list. */
  downloads?: Downloads | undefined;
};

/** The decks as the list shows them: newest first, decks of one date by title, then by id. */
export function deckListEntries(decks: ResolvedDeck[]): DeckListEntry[] {
  return decks.map(deckListEntry).sort((a, b) => compare(b.date, a.date) || compare(a.title, b.title) || compare(a.id, b.id));
}

function deckListEntry({ file: _file, slides, ...meta }: ResolvedDeck): DeckListEntry {
  const editions = Object.fromEntries(
    editionNames.map((edition) => [
      edition,
      { href: `./${meta.id}/${editionFolder[edition]}`, slideCount: slides.filter((slide) => slide.editions.includes(edition)).length },
    ]),
  ) as DeckListEntry['editions'];
  return { ...meta, editions, cover: slides.find((slide) => slide.editions.includes('audience')) };
}

// Dates are YYYY-MM or YYYY-MM-DD, so their text sorts as the dates do; a month sorts before its days.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The theme the list page takes its colours from: the one every deck uses, or none (the default). */
export function listTheme(decks: DeckListEntry[]): ThemeName | undefined {
  const themes = new Set(decks.map((deck) => deck.theme));
  return themes.size === 1 ? [...themes][0] : undefined;
}

/** The themes whose stylesheets the list links: its own palette (the default when the decks differ) and each cover's. */
export function listThemes(decks: DeckListEntry[]): ThemeName[] {
  return [...new Set([listTheme(decks) ?? defaultTheme, ...decks.map((deck) => deck.theme)])];
}
