import path from 'node:path';
import { deckIdSpelling } from '../model/deck.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { Problem } from '../problems.ts';
import { appendixProblems, type PlacedResolvedSlide } from './appendix-pages.ts';
import { unreadableFile, type DataStore } from './data-store.ts';
import { plainDeckOutline } from './deck-outline.ts';
import { extendingDeckOutline, isExtendingDeck } from './deck-template.ts';
import { relativeToRoot } from './root-paths.ts';
import { resolveSlide } from './slide.ts';

export type DeckResult = { ok: true; deck: ResolvedDeck } | { ok: false; problems: Problem[] };

const deckIdPattern = new RegExp(`^${deckIdSpelling}$`);

/** decks/q1.yaml and decks/q1.yml both hold the deck q1. */
export function deckIdOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/, '');
}

/** decks/<id>.yaml → a deck whose every slide has its template and validated data. */
export async function loadDeck(root: string, absolute: string, store: DataStore): Promise<DeckResult> {
  const file = relativeToRoot(root, absolute);
  // Through the store, whose build cache holds the values of deck files that parsed before.
  const parsed = await store.read(absolute);
  if (!parsed.ok) return { ok: false, problems: 'unreadable' in parsed ? [unreadableFile(root, absolute, parsed.unreadable)] : parsed.problems };
  const source = parsed.source;

  const problems: Problem[] = [];
  const id = deckIdOf(absolute);
  if (!deckIdPattern.test(id)) {
    problems.push({
      file, path: [],
      message: `The deck file name "${id}" is not a valid deck id.`,
      hint: 'Name deck files with lower-case letters, digits and dashes; the name becomes the deck URL.',
    });
  }
  const outline = isExtendingDeck(source.value) ? await extendingDeckOutline(root, source, store) : plainDeckOutline(source);
  problems.push(...outline.problems);

  const slides: ResolvedSlide[] = [];
  const placed: PlacedResolvedSlide[] = [];
  const results = await Promise.all(
    outline.slides.map(({ entry, source: written, at }) => resolveSlide(entry, { root, store, deck: written, at })),
  );
  results.forEach((result, index) => {
    if (!result.ok) return problems.push(...result.problems);
    slides.push(result.value);
    const { source, at } = outline.slides[index]!;
    placed.push({ slide: result.value, source, at });
  });
  problems.push(...appendixProblems(placed));
  if (problems.length || !outline.meta) return { ok: false, problems };
  return { ok: true, deck: { id, file, ...outline.meta, slides } };
}
