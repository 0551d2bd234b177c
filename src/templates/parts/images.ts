import { getContext } from 'svelte';
import type { ImageRef } from '../../model/image.ts';

/** An image as a page shows it: its URL on this page (which build and dev spell differently) and its size. */
export interface PlacedImage {
  src: string;
  width: number;
  height: number;
}

/** The images of the slides being rendered, by the file name the deck writes. */
export type PlacedImages = ReadonlyMap<string, PlacedImage>;

const key = Symbol('quarterdeck images');

/**
 * The context to render slides with (svelte/server's `render(…, { context })`): the page's images.
 * Svelte wants a getter for what context hands on.
 */
export function imagesContext(images: PlacedImages): Map<symbol, () => PlacedImages> {
  return new Map([[key, () => images]]);
}

/**
 * Where each of a slide's images is on this page; call it while the component initialises. The
 * loader has read and measured every image a slide names, so one missing here is a bug in the
 * compiler, not a user mistake.
 */
export function imagePlacer(): (image: ImageRef) => PlacedImage {
  const images = getContext<(() => PlacedImages) | undefined>(key);
  return (image) => {
    const placed = images?.().get(image.file);
    if (!placed) throw new Error(`The image ${image.file} was not provided to the page rendering it`);
    return placed;
  };
}
