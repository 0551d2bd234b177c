import { deckSchema, slideEntrySchema, type DeckMeta, type SlideEntry } from '../model/deck.ts';
import type { DataPath, Problem } from '../problems.ts';
import type { YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

/** A slide entry and where it was written, which may be a deck template rather than the deck file. */
export interface PlacedSlide {
  entry: SlideEntry;
  source: YamlSource;
  at: DataPath;
}

/** What a deck file comes to before its slides are resolved: its fields, and its slides in order. */
export interface DeckOutline {
  meta?: DeckMeta | undefined;
  slides: PlacedSlide[];
  problems: Problem[];
}

/** A deck file that lists its own slides. */
export function plainDeckOutline(source: YamlSource): DeckOutline {
  const checked = deckSchema.safeParse(source.value ?? {});
  if (checked.success) {
    const { slides, ...meta } = checked.data;
    return { meta, slides: slides.map((entry, index) => ({ entry, source, at: ['slides', index] })), problems: [] };
  }
  // A mistake in the deck's own fields does not hide the slides' problems: each slide that is
  // well-formed on its own still gets its template and data checked.
  return { slides: wellFormedSlides(source, ['slides']), problems: zodProblems(checked.error, source) };
}

export function wellFormedSlides(source: YamlSource, at: DataPath): PlacedSlide[] {
  let list: unknown = source.value;
  for (const key of at) list = (list as Record<string | number, unknown> | null)?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((slide, index) => {
    const parsed = slideEntrySchema.safeParse(slide);
    return parsed.success ? [{ entry: parsed.data, source, at: [...at, index] }] : [];
  });
}
