import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildCache } from './build-cache.ts';
import { codeKey, keyOf } from './build-cache.ts';
import type { PageAssets } from './page.ts';

interface StoredClient {
  assets: PageAssets;
  files: { name: string; base64: string }[];
}

/**
 * The client bundle (browser code, themes, fonts) in `outDir`/assets. It is built from Quarterdeck's
 * own files and packages only, never from the project's, so one entry keyed by the code serves every
 * project: a hit writes the stored files and skips Vite (and loading it) altogether.
 */
export async function clientAssets(userRoot: string, outDir: string, cache: BuildCache): Promise<PageAssets> {
  const key = keyOf('client', codeKey());
  const stored = await cache.getJson<StoredClient>('client', key);
  if (stored && isStoredClient(stored)) {
    for (const file of stored.files) {
      const target = path.join(outDir, file.name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, Buffer.from(file.base64, 'base64'));
    }
    return stored.assets;
  }
  const { bundleClient } = await import('./client-bundle.ts');
  const { assets, files } = await bundleClient(userRoot, outDir);
  await cache.setJson('client', key, { assets, files: files.map(({ name, data }) => ({ name, base64: data.toString('base64') })) } satisfies StoredClient);
  return assets;
}

/** A checksummed entry is what we wrote; this only guards against an entry of another format version. */
function isStoredClient(value: StoredClient): boolean {
  const safe = (name: unknown) => typeof name === 'string' && !path.isAbsolute(name) && !name.split(/[\\/]/).includes('..');
  return Array.isArray(value.files) && value.files.every((file) => safe(file.name) && typeof file.base64 === 'string')
    && typeof value.assets === 'object' && Array.isArray(value.assets?.scripts);
}
