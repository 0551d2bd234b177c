import path from 'node:path';
import type { ImageAsset } from '../model/image.ts';
import type { ResolvedSlide } from '../model/resolved.ts';
import type { PlacedImages } from '../templates/parts/images.ts';

/** The URL of an image on the page being rendered. */
export type ImageSrc = (image: ImageAsset) => string;

/** Every image file the slides show, once each, in a fixed order (so a build is deterministic). */
export function distinctImages(slides: ResolvedSlide[]): ImageAsset[] {
  const byReal = new Map(slides.flatMap((slide) => slide.images).map((image) => [image.real, image]));
  return [...byReal.values()].sort((a, b) => (a.real < b.real ? -1 : a.real > b.real ? 1 : 0));
}

/** What the templates look images up in (parts/images.ts): by the file name the deck writes. */
export function placeImages(slides: ResolvedSlide[], src: ImageSrc): PlacedImages {
  return new Map(slides.flatMap((slide) => slide.images).map((image) => [image.file, { src: src(image), width: image.width, height: image.height }]));
}

/**
 * `dev` serves a project's images where they are: Vite serves files under the allowed folders
 * (--root among them) at /@fs/<absolute path>.
 */
export const devImageSrc: ImageSrc = (image) => `/@fs${urlPath(image.real.split(path.sep).join('/'))}`;

/** A relative file name (assets/x-1a2b.png) as a URL path. */
export const urlPath = (file: string) => file.split('/').map(encodeURIComponent).join('/');
