import type { DeckInfo } from './deck.ts';
import type { ImageAsset } from './image.ts';

/** Where a slide's template comes from: our registry, or a .svelte file of the user's project. */
export type TemplateRef =
  | { kind: 'builtin'; name: string }
  | { kind: 'custom'; /** Absolute path. */ file: string; /** As written, relative to --root. */ relative: string };

/** A slide with its data looked up and validated: everything a template needs to draw. */
export interface ResolvedSlide {
  template: TemplateRef;
  title?: string | undefined;
  notes?: string | undefined;
  data: unknown;
  options: Record<string, unknown>;
  /** The image files the slide shows, read and measured. */
  images: ImageAsset[];
}

/** A deck file after loading: the input of the compiler. */
export interface ResolvedDeck extends DeckInfo {
  /** Relative to --root. */
  file: string;
  slides: ResolvedSlide[];
}
