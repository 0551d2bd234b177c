import type { DeckInfo, DeckMeta } from './deck.ts';
import type { Edition } from './edition.ts';
import type { ImageAsset } from './image.ts';

/** Where a slide's template comes from: our registry, or a .svelte file of the user's project. */
export type TemplateRef =
  | { kind: 'builtin'; name: string }
  | { kind: 'custom'; /** Absolute path. */ file: string; /** As written, relative to --root. */ relative: string };

/** A slide with its data looked up and validated: everything a template needs to draw. */
export interface ResolvedSlide {
  template: TemplateRef;
  /** Where the slide was written (a deck file or a deck template it extends), for render errors; line and column may be found only when read. */
  written: { file: string; line: number; column: number; path: (string | number)[] };
  title?: string | undefined;
  /** The title the deck file says the slide shows, over the normalised printed one. */
  displayTitle?: string | undefined;
  notes?: string | undefined;
  reviewNotes?: string | undefined;
  /** The editions the slide is in: what the deck file says, narrowed by what its template allows. */
  editions: readonly Edition[];
  data: unknown;
  options: Record<string, unknown>;
  /** The image files the slide shows, read and measured. */
  images: ImageAsset[];
}

/** A deck file after loading: the input of the compiler. */
export interface ResolvedDeck extends DeckMeta {
  id: string;
  /** Relative to --root. */
  file: string;
  slides: ResolvedSlide[];
}
