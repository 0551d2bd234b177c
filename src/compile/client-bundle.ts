import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { PageAssets } from './page.ts';
import type { ThemeName } from '../model/deck.ts';
import { clientEntry, fontsEntry, packageRoot, themeEntries, viteConfig } from './vite-config.ts';

/** The pages' assets, and every file the bundle wrote (relative to outDir), for the build cache. */
export interface ClientBundle {
  assets: PageAssets;
  files: { name: string; data: Buffer }[];
}

/**
 * Bundles the browser entry (reveal.js and the styles every theme shares; the speaker view is a chunk
 * of its own, loaded on demand), each theme's stylesheet, the font stylesheet (with the font files it
 * names) into `outDir`/assets once per build; every deck page links the same files, and its own
 * theme's. It holds nothing of any deck (images go to each deck's folder), so it is public and
 * shared. Names carry a content hash, so two builds of the same files give the same names.
 */
export async function bundleClient(userRoot: string, outDir: string): Promise<ClientBundle> {
  // The browser code has no .svelte file: templates render on the server only.
  const config = viteConfig(userRoot, { mode: 'production', templates: false });
  const output = await build({
    ...config,
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      manifest: true,
      reportCompressedSize: false,
      rolldownOptions: { input: [clientEntry, fontsEntry, ...Object.values(themeEntries)].map((entry) => path.join(packageRoot, entry)) },
    },
  });
  const files = [output].flat().flatMap((result) => ('output' in result ? result.output : []))
    .filter((item) => item.fileName !== '.vite/manifest.json')
    .map((item) => ({ name: item.fileName, data: Buffer.from(item.type === 'chunk' ? item.code : item.source) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const manifestFile = path.join(outDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, { file: string; css?: string[]; isEntry?: boolean }>;
  await rm(path.join(outDir, '.vite'), { recursive: true, force: true });
  const file = (name: string) => manifest[name] ?? (() => { throw new Error(`The client bundle's manifest lacks ${name}`); })();
  const entry = file(clientEntry);
  const themes = Object.fromEntries(Object.entries(themeEntries).map(([theme, name]) => [theme, file(name).file])) as Record<ThemeName, string>;
  return { assets: { scripts: [entry.file], styles: entry.css ?? [], fonts: [file(fontsEntry).file], themes }, files };
}
