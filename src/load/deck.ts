import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deckIdSpelling } from '../model/deck.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { Problem } from '../problems.ts';
import type { DataStore } from './data-store.ts';
import { plainDeckOutline } from './deck-outline.ts';
import { extendingDeckOutline, isExtendingDeck } from './deck-template.ts';
import { relativeToRoot } from './root-paths.ts';
import { resolveSlide } from './slide.ts';
import { parseYaml } from './yaml-source.ts';

export type DeckResult = { ok: true; deck: ResolvedDeck } | { ok: false; problems: Problem[] };

const deckIdPattern = new RegExp(`^${deckIdSpelling}$`);

/** decks/<id>.yaml → a deck whose every slide has its template and validated data. */
export async function loadDeck(root: string, absolute: string, store: DataStore): Promise<DeckResult> {
  const file = relativeToRoot(root, absolute);
  const parsed = parseYaml(file, await readFile(absolute, 'utf8'));
  if (!parsed.ok) return parsed;
  const source = parsed.source;

  const problems: Problem[] = [];
  const id = path.basename(absolute).replace(/\.ya?ml$/, '');
  if (!deckIdPattern.test(id)) {
    problems.push({
      file, line: 1, column: 1, path: [],
      message: `The deck file name "${id}" is not a valid deck id.`,
      hint: 'Name deck files with lower-case letters, digits and dashes; the name becomes the deck URL.',
    });
  }
  const outline = isExtendingDeck(source.value) ? await extendingDeckOutline(root, source, store) : plainDeckOutline(source);
  problems.push(...outline.problems);

  const slides: ResolvedSlide[] = [];
  const results = await Promise.all(
    outline.slides.map(({ entry, source: written, at }) => resolveSlide(entry, { root, store, deck: written, at })),
  );
  for (const result of results) {
    if (result.ok) slides.push(result.value);
    else problems.push(...result.problems);
  }
  if (problems.length || !outline.meta) return { ok: false, problems };
  return { ok: true, deck: { id, file, ...outline.meta, slides } };
}
