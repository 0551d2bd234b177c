import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageAsset } from '../model/image.ts';
import { urlPath, type ImageSrc } from './image-assets.ts';

/** The folder, inside an edition's folder, that holds the images its slides show. */
const imagesFolder = 'assets';

/**
 * Each image's file name in the output: its own name and a hash of its bytes
 * (assets/assembly-line-3f9a1c2e.svg), so a changed image gets a new URL and caches never serve the
 * old one. Computed once per build for every image of every deck.
 */
export async function hashedImageNames(images: readonly ImageAsset[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const image of images) {
    const hash = createHash('sha256').update(await readFile(image.real)).digest('base64url').slice(0, 8);
    const { name, ext } = path.parse(image.real);
    names.set(image.real, `${imagesFolder}/${name}-${hash}${ext}`);
  }
  return names;
}

/**
 * Copies an edition's images into its own folder (OUT/<id>/assets/, OUT/<id>/review/assets/) rather
 * than the shared OUT/assets/: a server can then release, embargo or grant a deck edition as one
 * folder, and nothing of an unreleased deck sits among the files every deck loads.
 */
export async function copyEditionImages(images: readonly ImageAsset[], names: ReadonlyMap<string, string>, editionDir: string): Promise<ImageSrc> {
  for (const image of images) {
    const target = path.join(editionDir, names.get(image.real)!);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(image.real, target);
  }
  return (image) => `./${urlPath(names.get(image.real)!)}`;
}
