import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import { imageFormats, type ImageAsset, type ImageExtension } from '../model/image.ts';
import { unreadableMessage } from './data-store.ts';
import { resolveProjectFile, whyUnresolved } from './project-file.ts';
import { resolveInsideRoot } from './root-paths.ts';

/**
 * The largest image a slide may show: 20 MB. A photo or a chart exported for a 1280×720 slide is
 * well under 1 MB; a file above the limit would make every viewer of the deck download it.
 */
export const imageSizeLimit = 20 * 1024 * 1024;

/** What image-size calls each format we accept. */
const detectedAs: Record<ImageExtension, string> = { png: 'png', jpg: 'jpg', jpeg: 'jpg', svg: 'svg', webp: 'webp' };

export type ImageRead = { ok: true; asset: ImageAsset } | { ok: false; message: string; hint: string };

/**
 * Reads an image a deck names (relative to --root) and measures it, refusing what a page could not
 * show as written: a file outside the project (after every link), a missing or unreadable file, one
 * whose bytes are not the format its extension says, or one without a size.
 */
export async function readImageFile(root: string, file: string): Promise<ImageRead> {
  const absolute = resolveInsideRoot(root, root, file);
  if (!absolute) return { ok: false, message: `The image path ${file} leaves --root.`, hint: 'Keep images inside the project folder, for example in images/.' };
  const resolved = await resolveProjectFile(root, absolute);
  if (!resolved.ok) {
    if (resolved.unreadable.missing) return { ok: false, message: `Image file ${file} does not exist.`, hint: 'Image paths are relative to --root, for example images/logo.png.' };
    return { ok: false, message: unreadableMessage(root, absolute, resolved.unreadable), hint: resolved.unreadable.hint };
  }
  if (resolved.info.size > imageSizeLimit) {
    return { ok: false, message: `${file} is ${megabytes(resolved.info.size)}, more than the ${megabytes(imageSizeLimit)} an image may hold.`, hint: 'Export the image at the size it is shown (1280×720 at most is plenty) or compress it.' };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolved.real);
  } catch (error) {
    const unreadable = await whyUnresolved(absolute, error as NodeJS.ErrnoException);
    return { ok: false, message: unreadableMessage(root, absolute, unreadable), hint: unreadable.hint };
  }
  const extension = path.extname(file).slice(1).toLowerCase() as ImageExtension;
  const format = imageFormats[extension];
  const size = measure(bytes);
  // image-size gives up on an <svg> without width, height or viewBox; that SVG is still an SVG.
  const sizelessSvg = extension === 'svg' && !size && /<svg[\s>]/.test(bytes.subarray(0, 4096).toString('utf8'));
  if (!sizelessSvg && (!size || size.type !== detectedAs[extension])) {
    return { ok: false, message: `${file} is not an image in ${format} format${size ? ` (its bytes are ${size.type.toUpperCase()})` : ''}.`, hint: `Save it as ${format}, or give it the extension of its real format.` };
  }
  if (!size?.width || !size.height) {
    return { ok: false, message: `${file} has no width and height.`, hint: extension === 'svg' ? 'Give the <svg> element width and height attributes or a viewBox.' : 'Export the image again.' };
  }
  // JPEG orientations 5 to 8 turn the picture a quarter: browsers draw it turned, so it is as tall as it is wide in the file.
  const turned = (size.orientation ?? 1) >= 5;
  return { ok: true, asset: { file, real: resolved.real, width: turned ? size.height : size.width, height: turned ? size.width : size.height } };
}

function measure(bytes: Buffer): { type: string; width?: number | undefined; height?: number | undefined; orientation?: number | undefined } | undefined {
  try {
    const size = imageSize(bytes);
    return size.type ? { ...size, type: size.type } : undefined;
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
