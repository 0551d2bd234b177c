import path from 'node:path';
import type { BuildCache } from './build-cache.ts';
import type { CompiledTemplates } from './render-session.ts';
import { ssrBundle, type SsrModules } from './ssr-bundle.ts';
import { packageRoot } from './vite-config.ts';

// How `dev` renders and watches templates: see dev-plugin.ts, which uses both.

/**
 * What the page server's watcher looks at. Vite watches its root, our package, of which only src/
 * is ever served or rendered (the rest is tests, lib/, benches: walking it at start costs a fifth
 * of a second); and the project's decks/ and data/, and each template file once a deck uses it.
 * `ignored` is true for a path in our package that is none of these, nor a folder on the way to one;
 * `add` returns the files it had not been given before.
 */
export function watchedFiles(userRoot: string): { ignored(file: string): boolean; add(files: readonly string[]): string[] } {
  // packageRoot ends with a separator; the comparisons below need none.
  const ours = path.resolve(packageRoot);
  const folders = [path.join(ours, 'src'), path.join(userRoot, 'decks'), path.join(userRoot, 'data')];
  const files = new Set<string>();
  const within = (folder: string, file: string) => file === folder || file.startsWith(`${folder}${path.sep}`);
  return {
    ignored(file) {
      const absolute = path.resolve(file);
      if (!within(ours, absolute) || files.has(absolute)) return false;
      return !folders.some((folder) => within(folder, absolute) || within(absolute, folder)) && ![...files].some((watched) => within(absolute, watched));
    },
    add(added) {
      const fresh = added.map((file) => path.resolve(file)).filter((file) => !files.has(file));
      for (const file of fresh) files.add(file);
      return fresh;
    },
  };
}

/**
 * The templates as `build` compiles them (ssr-bundle.ts), taken from the build cache or compiled
 * once, for each set of custom templates a deck uses: loading them takes a fraction of what
 * compiling every template through Vite's SSR server takes, which a start would otherwise wait for.
 * Once a template or a file compiled into one changes, `compiled` gives nothing: every later render
 * goes through the render session's Vite server (render-session.ts), whose module graph follows edits.
 */
export function compiledUntilEdited(userRoot: string, cache: BuildCache, watch: (files: readonly string[]) => void): { compiled: CompiledTemplates; changed(file: string): void } {
  const loaded = new Map<string, Promise<SsrModules | undefined>>();
  const sources = new Set<string>();
  let edited = false;
  return {
    compiled(files) {
      const custom = [...new Set(files)].sort();
      watch(custom);
      if (edited) return Promise.resolve(undefined);
      const key = JSON.stringify(custom);
      let modules = loaded.get(key);
      if (!modules) {
        modules = ssrBundle(userRoot, custom, cache).then((bundle) => {
          for (const file of bundle?.sources ?? []) sources.add(file);
          watch(bundle?.sources ?? []);
          return bundle?.load();
        });
        loaded.set(key, modules);
      }
      return modules.then((ready) => (edited ? undefined : ready));
    },
    changed(file) {
      if (edited || !(file.endsWith('.svelte') || sources.has(path.resolve(file)))) return;
      edited = true;
      loaded.clear();
    },
  };
}
