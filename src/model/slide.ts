import type { z } from 'zod';
import type { DataPath } from './data-path.ts';
import type { DeckInfo } from './deck.ts';
import type { Edition } from './edition.ts';
import type { ImageRef } from './image.ts';


/**
 * The props every slide template receives. `data` comes from the slide's `data:` (a reference into
 * data/ or an inline value) and `options` from its `options:`, both already validated against the
 * template's schemas, so a template only draws.
 */
export interface SlideProps<Data = unknown, Options = Record<string, unknown>> {
  title?: string | undefined;
  data: Data;
  options: Options;
  deck: DeckInfo;
  /** 0-based position of the slide in the deck. */
  index: number;
}

/** A mistake in a slide's options that only shows against its data, at a path inside `options`. */
export interface SlideIssue {
  path: DataPath;
  message: string;
}

/** An image a slide names, at a path inside its `data` or its `options`: the loader reads and measures it. */
export interface ImageUse {
  in: 'data' | 'options';
  path: DataPath;
  image: ImageRef;
}

/** A template's contract: the shape of the data it binds and of the options it takes. */
export interface TemplateSchema<D extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** One line for `--help` and the JSON Schema description. */
  description: string;
  data: D;
  options: O;
  /** Checks the options against the data, such as the column ids a table slide names. */
  check?(data: z.output<D>, options: z.output<O>): SlideIssue[];
  /** The editions a slide of this template can be in, given its options; without it, both. */
  editions?(options: z.output<O>): readonly Edition[];
  /** The image files the slide shows, which must exist under --root and be images of a known format. */
  images?(data: z.output<D>, options: z.output<O>): ImageUse[];
}
