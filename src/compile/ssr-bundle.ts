import { mkdir, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeKey, keyOf, sha256, type BuildCache } from './build-cache.ts';
import { packageRoot } from './package-root.ts';
import type * as SsrEntry from './ssr-entry.ts';

/** The compiled templates, as `build` renders with them: the SSR entry and the project's own templates. */
export interface SsrModules {
  entry: typeof SsrEntry;
  /** Each custom template by its absolute path. */
  templates: ReadonlyMap<string, { default: SsrEntry.AnyTemplate }>;
}

interface StoredSsr {
  files: { name: string; base64: string }[];
  /** The source files compiled into the bundle, outside node_modules (the lockfile covers those), and their hashes. */
  modules: { file: string; sha256: string }[];
  /** Each custom template's file name in the bundle. */
  custom: Record<string, string>;
}

/** A compiled SSR bundle in the cache: `identity` names its exact content (pages rendered with it are keyed by it). */
export interface SsrBundle {
  identity: string;
  /** The source files compiled into it (templates and what they import): an edit to one outdates it. */
  sources: readonly string[];
  /** The modules; undefined when a custom template throws as it loads (a mistake of the project's). */
  load(): Promise<SsrModules | undefined>;
}

const entryName = 'ssr-entry';

/**
 * The templates compiled once by Vite's SSR build (`build.ssr`), and kept in the cache: a build then
 * imports plain JavaScript instead of starting Vite's SSR server. The entry's key names the code and
 * the custom template files; since a template may import files of its own, the entry also lists every
 * source file that went into it with its hash, and is rebuilt when any of them changed.
 * Undefined when the bundle does not build (a custom template with a syntax error): the caller then
 * renders through Vite's server, which reports the mistake at its line.
 */
export async function ssrBundle(userRoot: string, customFiles: readonly string[], cache: BuildCache): Promise<SsrBundle | undefined> {
  const custom = [...new Set(customFiles)].sort();
  const key = keyOf('ssr', codeKey(), ...custom);
  let payload = await cache.get('ssr', key);
  const stored = payload && parse(payload);
  if (!payload || !stored || !(await unchanged(stored))) {
    const built = await buildSsr(userRoot, custom).catch(() => undefined);
    if (!built) return undefined;
    payload = Buffer.from(JSON.stringify(built));
    await cache.set('ssr', key, payload);
    return bundleOf(cache, built, sha256(payload));
  }
  return bundleOf(cache, stored!, sha256(payload));
}

function bundleOf(cache: BuildCache, stored: StoredSsr, identity: string): SsrBundle {
  return {
    identity,
    sources: stored.modules.map((module) => module.file),
    async load() {
      const folder = await cache.folder(`ssr-modules/${identity}`);
      for (const file of stored.files) {
        const target = path.join(folder, file.name);
        const data = Buffer.from(file.base64, 'base64');
        const present = await readFile(target).catch(() => undefined);
        if (present?.equals(data)) continue;
        await mkdir(path.dirname(target), { recursive: true });
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, data);
        await rename(temporary, target);
      }
      await linkPackages(path.dirname(folder));
      const load = (name: string) => import(pathToFileURL(path.join(folder, name)).href);
      // Our own entry failing to load is a bug, and throws.
      const entry = (await load(`${entryName}.js`)) as typeof SsrEntry;
      const templates = new Map<string, { default: SsrEntry.AnyTemplate }>();
      for (const [file, name] of Object.entries(stored.custom)) {
        const template = await load(name).catch(() => undefined);
        if (!template) return undefined;
        templates.set(file, template);
      }
      return { entry, templates };
    },
  };
}

/**
 * The bundle imports svelte, d3 and the rest by their bare names, which Node looks up in the
 * node_modules folders above the importing file. In the default cache folder (inside our own
 * node_modules) they are found; a cache moved elsewhere (QUARTERDECK_CACHE_DIR) gets a link to ours.
 */
async function linkPackages(modulesFolder: string): Promise<void> {
  const packages = path.join(packageRoot, 'node_modules');
  if (!path.relative(packages, modulesFolder).startsWith('..')) return;
  const link = path.join(modulesFolder, 'node_modules');
  if ((await realpath(link).catch(() => undefined)) === (await realpath(packages))) return;
  await rm(link, { force: true, recursive: true });
  await symlink(packages, link, 'junction').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

async function buildSsr(userRoot: string, custom: string[]): Promise<StoredSsr> {
  const [{ build, createLogger }, { viteConfig }] = await Promise.all([import('vite'), import('./vite-config.ts')]);
  const input: Record<string, string> = { [entryName]: path.join(packageRoot, 'src/compile/ssr-entry.ts') };
  const names: Record<string, string> = {};
  for (const [index, file] of custom.entries()) {
    input[`custom-${index}`] = file;
    names[file] = `custom-${index}.js`;
  }
  const output = await build({
    ...viteConfig(userRoot, { mode: 'production' }),
    // A template that does not compile fails this build; the Vite server that renders instead reports it at its line.
    customLogger: createLogger('silent'),
    build: {
      ssr: true,
      write: false,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // The template compiler runs in plugin callbacks; that is expected, not worth rolldown's timing report.
      // Source maps naming each file by its absolute path: a template's stack trace (--debug) then
      // names its .svelte file and line, wherever the bundle is imported from.
      sourcemap: true,
      rolldownOptions: {
        input,
        checks: { bundlerTimings: false },
        output: {
          format: 'esm',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          sourcemapPathTransform: (source, map) => path.resolve(path.dirname(map), source),
        },
      },
    },
  });
  const items = [output].flat().flatMap((result) => ('output' in result ? result.output : []));
  const sources = new Set<string>();
  for (const item of items) {
    if (item.type !== 'chunk') continue;
    for (const id of item.moduleIds) {
      const file = id.split('?')[0]!;
      if (path.isAbsolute(file) && !file.includes(`${path.sep}node_modules${path.sep}`)) sources.add(file);
    }
  }
  const modules = [];
  for (const file of [...sources].sort()) modules.push({ file, sha256: sha256(await readFile(file)) });
  const files = items.map((item) => ({ name: item.fileName, base64: Buffer.from(item.type === 'chunk' ? item.code : item.source).toString('base64') }));
  return { files, modules, custom: names };
}

async function unchanged(stored: StoredSsr): Promise<boolean> {
  for (const module of stored.modules) {
    const data = await readFile(module.file).catch(() => undefined);
    if (!data || sha256(data) !== module.sha256) return false;
  }
  return true;
}

function parse(payload: Buffer): StoredSsr | undefined {
  try {
    const value = JSON.parse(payload.toString('utf8')) as StoredSsr;
    const safe = (name: unknown) => typeof name === 'string' && !path.isAbsolute(name) && !name.split(/[\\/]/).includes('..');
    const ok = Array.isArray(value.files) && value.files.every((file) => safe(file.name) && typeof file.base64 === 'string')
      && Array.isArray(value.modules) && value.modules.every((module) => typeof module.file === 'string' && typeof module.sha256 === 'string')
      && typeof value.custom === 'object' && value.custom !== null && Object.values(value.custom).every(safe);
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}
