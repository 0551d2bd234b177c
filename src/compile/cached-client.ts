import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildCache } from './build-cache.ts';
import { codeKey, keyOf } from './build-cache.ts';
import type { PageAssets } from './page.ts';

/** The entry's first line: the assets and each file's name and length; the files' bytes follow, one after another. */
interface ClientIndex {
  assets: PageAssets;
  files: { name: string; bytes: number }[];
}

/**
 * The client bundle (browser code, themes, fonts) in `outDir`/assets. It is built from Quarterdeck's
 * own files and packages only, never from the project's, so one entry keyed by the code serves every
 * project: a hit writes the stored files and skips Vite (and loading it) altogether. The files are
 * kept as raw bytes behind a one-line index: base64 in JSON made the entry a third larger, and
 * decoding it cost more than writing the files.
 */
export async function clientAssets(userRoot: string, outDir: string, cache: BuildCache): Promise<PageAssets> {
  const key = keyOf('client', codeKey());
  const stored = unpack(await cache.get('client', key));
  if (stored) {
    const folders = new Set(stored.files.map((file) => path.dirname(path.join(outDir, file.name))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    await Promise.all(stored.files.map((file) => writeFile(path.join(outDir, file.name), file.data)));
    return stored.assets;
  }
  const { bundleClient } = await import('./client-bundle.ts');
  const { assets, files } = await bundleClient(userRoot, outDir);
  const index: ClientIndex = { assets, files: files.map(({ name, data }) => ({ name, bytes: data.length })) };
  await cache.set('client', key, Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`), ...files.map(({ data }) => data)]));
  return assets;
}

/**
 * The files of a checksummed entry, which is what we wrote; this only guards against an entry of
 * another format version: anything that does not add up is a miss.
 */
function unpack(payload: Buffer | undefined): { assets: PageAssets; files: { name: string; data: Buffer }[] } | undefined {
  if (!payload) return undefined;
  const newline = payload.indexOf(0x0a);
  if (newline < 0) return undefined;
  let index: ClientIndex;
  try {
    index = JSON.parse(payload.subarray(0, newline).toString('utf8')) as ClientIndex;
  } catch {
    return undefined;
  }
  const safe = (name: unknown) => typeof name === 'string' && !path.isAbsolute(name) && !name.split(/[\\/]/).includes('..');
  if (typeof index !== 'object' || index === null || typeof index.assets !== 'object' || !Array.isArray(index.assets?.scripts) || !Array.isArray(index.files)) return undefined;
  const files: { name: string; data: Buffer }[] = [];
  let offset = newline + 1;
  for (const file of index.files) {
    if (!safe(file?.name) || !Number.isSafeInteger(file.bytes) || file.bytes < 0 || offset + file.bytes > payload.length) return undefined;
    files.push({ name: file.name, data: payload.subarray(offset, offset + file.bytes) });
    offset += file.bytes;
  }
  return offset === payload.length ? { assets: index.assets, files } : undefined;
}
