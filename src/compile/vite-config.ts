import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { InlineConfig, PluginOption } from 'vite';
import { themeNames } from '../model/deck.ts';

/** The folder holding Quarterdeck's own src/, whatever folder the user runs it from. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The browser entry, as Vite names it from packageRoot. */
export const clientEntry = 'src/client/main.ts';

/** The font stylesheet that deck pages and the deck list link; bundled apart from the deck code. */
export const fontsEntry = 'src/client/fonts.css';

/** The theme stylesheets, which the client entry bundles; the dev server's deck list links them one by one. */
export const themeStyles = themeNames.map((name) => `src/client/themes/${name}.css`);

/** The dev server's page for a deck that does not load: it only waits for the fix. */
export const problemPageEntry = 'src/client/problem-page.ts';

/** The server entry that renders decks; loaded through Vite so that .svelte files compile. */
export const ssrEntry = '/src/compile/ssr-entry.ts';

/**
 * The one Vite config that build, dev and preview start from. Templates only ever render on the
 * server (the browser gets their HTML, not their code), so their styles are injected into the
 * rendered head instead of being emitted as CSS files.
 */
export function viteConfig(userRoot: string, extra: { mode: 'production' | 'development'; plugins?: PluginOption[] }): InlineConfig {
  return {
    configFile: false,
    root: packageRoot,
    mode: extra.mode,
    logLevel: 'warn',
    clearScreen: false,
    base: './',
    // `dev` follows the mode, not NODE_ENV: a build renders production code however it was started.
    plugins: [svelte({ configFile: false, compilerOptions: { css: 'injected', dev: extra.mode === 'development' } }), ...(extra.plugins ?? [])],
    server: { fs: { allow: [packageRoot, userRoot] } },
    // Server rendering loads svelte from node_modules as it is. Pre-bundling it for SSR raced with
    // discovery of new imports and left two copies of svelte's runtime in one render.
    ssr: { optimizeDeps: { noDiscovery: true, include: [] } },
  };
}
