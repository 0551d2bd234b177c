import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deckSchema, slideSchema, type SlideEntry } from '../model/deck.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { Problem } from '../problems.ts';
import type { DataStore } from './data-store.ts';
import { relativeToRoot } from './root-paths.ts';
import { resolveSlide } from './slide.ts';
import { parseYaml } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

export type DeckResult = { ok: true; deck: ResolvedDeck } | { ok: false; problems: Problem[] };

const deckIdPattern = /^[a-z0-9][a-z0-9-]*$/;

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
  const checked = deckSchema.safeParse(source.value ?? {});
  if (!checked.success) problems.push(...zodProblems(checked.error, source));
  // A mistake in the deck's own fields does not hide the slides' problems: each slide that is
  // well-formed on its own still gets its template and data checked.
  const entries = checked.success ? checked.data.slides.map((entry, index) => ({ entry, index })) : wellFormedSlides(source.value);

  const slides: ResolvedSlide[] = [];
  const results = await Promise.all(
    entries.map(({ entry, index }) => resolveSlide(entry, { root, store, deck: source, at: ['slides', index] })),
  );
  for (const result of results) {
    if (result.ok) slides.push(result.value);
    else problems.push(...result.problems);
  }
  if (problems.length || !checked.success) return { ok: false, problems };
  const { title, date, company, theme, lang } = checked.data;
  return { ok: true, deck: { id, file, title, date, company, theme, lang, slides } };
}

function wellFormedSlides(value: unknown): { entry: SlideEntry; index: number }[] {
  const slides = (value as { slides?: unknown } | null)?.slides;
  if (!Array.isArray(slides)) return [];
  return slides.flatMap((slide, index) => {
    const parsed = slideSchema.safeParse(slide);
    return parsed.success ? [{ entry: parsed.data, index }] : [];
  });
}
