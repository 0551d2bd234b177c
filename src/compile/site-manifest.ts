import { momentTime } from '../model/dates.ts';
import type { ResolvedDeck } from '../model/resolved.ts';

/** Where the build leaves what `quarterdeck serve` reads; a dot folder, which no server rule serves. */
export const siteFolder = '.quarterdeck';
export const siteManifestFile = `${siteFolder}/site.json`;

/**
 * What `quarterdeck serve` needs to know about a built folder: each deck and its release moment,
 * and the public deck list for each span of time between two releases.
 */
export interface SiteManifest {
  format: 1;
  decks: { id: string; title: string; publishAt: string | null }[];
  /**
   * The public deck list from a moment on (null: from the beginning), sorted by that moment: the
   * list to serve at time t is the last whose `from` is null or not after t. Each page lists only
   * the decks released by then and links no review edition.
   */
  lists: { from: string | null; file: string }[];
}

/** A span of time in which the same decks are public: from a release to the next. */
export interface PublicationState {
  /** The release that starts it, as an ISO moment in UTC; null for the span before any release. */
  from: string | null;
  ids: ReadonlySet<string>;
}

/**
 * The spans the releases cut time into. Decks without `publishAt` are public in every span; a deck
 * with one joins at its moment. Releases at the same instant (written with different offsets) make
 * one span.
 */
export function publicationStates(decks: readonly Pick<ResolvedDeck, 'id' | 'publishAt'>[]): PublicationState[] {
  const moments = [...new Set(decks.flatMap((deck) => (deck.publishAt ? [momentTime(deck.publishAt)] : [])))].sort((a, b) => a - b);
  const publicAt = (time: number) => new Set(decks.filter((deck) => !deck.publishAt || momentTime(deck.publishAt) <= time).map((deck) => deck.id));
  return [
    { from: null, ids: publicAt(-Infinity) },
    ...moments.map((time) => ({ from: new Date(time).toISOString(), ids: publicAt(time) })),
  ];
}

export const publicListFile = (index: number) => `${siteFolder}/lists/${index}.html`;

export function siteManifest(decks: readonly Pick<ResolvedDeck, 'id' | 'title' | 'publishAt'>[], states: readonly PublicationState[]): SiteManifest {
  return {
    format: 1,
    decks: decks.map(({ id, title, publishAt }) => ({ id, title, publishAt: publishAt ? new Date(momentTime(publishAt)).toISOString() : null })),
    lists: states.map((state, index) => ({ from: state.from, file: publicListFile(index) })),
  };
}
