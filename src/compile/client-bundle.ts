import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { PageAssets } from './page.ts';
import { clientEntry, fontsEntry, packageRoot, viteConfig } from './vite-config.ts';

export type ClientBundle = PageAssets;

/**
 * Bundles the browser entry (reveal.js, its plugins, the themes) and the font stylesheet (with the
 * font files it names) into `outDir`/assets once per build; every deck page links the same files.
 * It holds nothing of any deck (images go to each deck's folder), so it is public and shared. Names carry a content hash, so two builds of the same files give
 * the same names.
 */
export async function bundleClient(userRoot: string, outDir: string): Promise<ClientBundle> {
  const config = viteConfig(userRoot, { mode: 'production' });
  await build({
    ...config,
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      manifest: true,
      reportCompressedSize: false,
      rolldownOptions: { input: [clientEntry, fontsEntry].map((entry) => path.join(packageRoot, entry)) },
    },
  });
  const manifestFile = path.join(outDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, { file: string; css?: string[]; isEntry?: boolean }>;
  await rm(path.join(outDir, '.vite'), { recursive: true, force: true });
  const entry = manifest[clientEntry];
  const fonts = manifest[fontsEntry];
  if (!entry || !fonts) throw new Error(`The client bundle's manifest lacks ${entry ? fontsEntry : clientEntry}`);
  return { scripts: [entry.file], styles: entry.css ?? [], fonts: [fonts.file] };
}
