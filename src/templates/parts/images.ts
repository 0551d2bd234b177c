import { getContext, setContext } from 'svelte';
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
 * Called by the page that renders slides (the deck, the deck list's covers), before the slides; it
 * passes a getter, as Svelte wants for a prop that context hands on.
 */
export function provideImages(images: () => PlacedImages): void {
  setContext(key, images);
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
