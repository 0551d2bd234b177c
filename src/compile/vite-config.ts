import { createHash } from 'node:crypto';
import path from 'node:path';
import { createLogger, type InlineConfig, type Logger, type Plugin, type PluginOption } from 'vite';
import { themeNames, type ThemeName } from '../model/deck.ts';
import { packageRoot } from './package-root.ts';
import { revealSlideUpdates } from './reveal-slide-updates.ts';
import { trimRevealCss } from './trim-reveal-css.ts';

export { packageRoot };

/** The browser entry, as Vite names it from packageRoot. */
export const clientEntry = 'src/client/main.ts';

/** The font stylesheet that deck pages and the deck list link; bundled apart from the deck code. */
export const fontsEntry = 'src/client/fonts.css';

/** Each theme's stylesheet, an entry of its own: a page links only the themes it shows. */
export const themeEntries = Object.fromEntries(themeNames.map((name) => [name, `src/client/themes/${name}.css`])) as Record<ThemeName, string>;

/** The dev server's page for a deck that does not load: it only waits for the fix. */
export const problemPageEntry = 'src/client/problem-page.ts';

/** The server entry that renders decks; loaded through Vite so that .svelte files compile. */
export const ssrEntry = '/src/compile/ssr-entry.ts';

/**
 * The one Vite config that build, dev and preview start from. Templates only ever render on the
 * server (the browser gets their HTML, not their code), so their styles are injected into the
 * rendered head instead of being emitted as CSS files.
 */
export function viteConfig(userRoot: string, extra: { mode: 'production' | 'development'; plugins?: PluginOption[]; templates?: boolean }): InlineConfig {
  return {
    configFile: false,
    root: packageRoot,
    mode: extra.mode,
    logLevel: 'warn',
    customLogger: quietAboutTemplates(),
    clearScreen: false,
    base: './',
    cacheDir: dependencyCache(userRoot, extra.mode),
    // `dev` follows the mode, not NODE_ENV: a build renders production code however it was started.
    plugins: [...(extra.templates === false ? [] : [templateCompiler(extra.mode)]), revealSlideUpdates(), ...(extra.plugins ?? [])],
    css: { postcss: { plugins: [trimRevealCss()] } },
    server: { fs: { allow: [packageRoot, userRoot] } },
    // Server rendering loads svelte from node_modules as it is, with no pre-bundle: pre-bundling it
    // for SSR raced with discovery of new imports and left two copies of svelte's runtime in one
    // render. The exclude keeps vite-plugin-svelte from adding svelte to the (then empty) include.
    ssr: { optimizeDeps: { noDiscovery: true, include: [], exclude: ['svelte'] } },
  };
}

/**
 * Svelte's compiler, for the .svelte templates. Imported only by a config that compiles templates
 * (`templates: false` leaves it out): loading it takes about half a second, which the browser code's
 * build and a `dev` start that renders with compiled templates need not wait for.
 */
async function templateCompiler(mode: 'production' | 'development'): Promise<Plugin[]> {
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  return svelte({ configFile: false, compilerOptions: { css: 'injected', dev: mode === 'development' } });
}

/**
 * Vite's pre-bundled dependencies, one folder per project root and mode. Every Quarterdeck process
 * runs Vite from packageRoot, so a shared cache let one root's `dev` or `build` rewrite the bundles
 * another running server was serving, which then failed until restarted.
 */
export function dependencyCache(userRoot: string, mode: 'production' | 'development'): string {
  const hash = createHash('sha256').update(path.resolve(userRoot)).digest('hex').slice(0, 12);
  const name = path.basename(path.resolve(userRoot)).replace(/[^\w.-]/g, '_').slice(0, 40);
  return path.join(packageRoot, 'node_modules', '.vite', 'quarterdeck', `${name}-${hash}-${mode}`);
}

/**
 * Vite logs every module that fails to evaluate on the server, frame and all. For a template that
 * is the user's mistake, reported once by us as a located problem (see template-errors.ts).
 */
function quietAboutTemplates(): Logger {
  const logger = createLogger('warn');
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (!message.includes('Error when evaluating SSR module')) error(message, options);
  };
  return logger;
}
