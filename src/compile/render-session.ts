import type { ViteDevServer } from 'vite';
import { editionNames, type Citations, type Edition } from '../model/edition.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { UserError, type Problem } from '../problems.ts';
import type { DeckListEntry } from './deck-list-entry.ts';
import { placeImages, type ImageSrc } from './image-assets.ts';
import type { SsrBundle, SsrModules } from './ssr-bundle.ts';
import type * as SsrEntry from './ssr-entry.ts';
import { templateLoadError, templateRenderError } from './template-errors.ts';

/**
 * The compiled templates that render a deck whose own .svelte templates are `customFiles`, or
 * undefined when the deck is to render through the Vite server instead.
 */
export type CompiledTemplates = (customFiles: readonly string[]) => Promise<SsrModules | undefined>;

/**
 * Renders decks with our templates and the user's own .svelte templates. `build` and `check` render
 * with the templates compiled once by Vite's SSR build and kept in the build cache (ssr-bundle.ts).
 * `dev` renders with the same compiled templates while they are current, and once a template has
 * been edited, through a Vite server of its own in development mode, whose SSR module graph follows
 * edits. Where the compiled bundle is missing or does not load (a custom template with a mistake),
 * both render through that Vite server (in production mode for a build), which reports the mistake
 * at its line. The server is started only when something needs it.
 */
export class RenderSession {
  private server: Promise<ViteDevServer> | undefined;

  private constructor(
    private readonly mode: 'production' | 'development',
    private readonly compiled: CompiledTemplates,
    private readonly userRoot: string,
  ) {}

  static async forBuild(userRoot: string, bundle?: SsrBundle): Promise<RenderSession> {
    const modules = await bundle?.load();
    return new RenderSession('production', async () => modules, userRoot);
  }

  /** `dev`: with the templates `compiled` gives where it gives them, else through a Vite server in development mode. */
  static forDev(userRoot: string, compiled: CompiledTemplates): RenderSession {
    return new RenderSession('development', compiled, userRoot);
  }

  /**
   * One edition of a deck, its images at the URLs `imageSrc` gives; `citations` say how the audience
   * edition cites each seed. Throws a UserError naming the slide when a template does not compile or
   * throws.
   */
  async renderDeck(deck: ResolvedDeck, edition: Edition, citations: Citations, imageSrc: ImageSrc): Promise<SsrEntry.Rendered> {
    return this.recovering(async () => {
      const modules = await this.compiled(customFiles(deck.slides));
      const entry = await this.entry(modules);
      const custom = await this.customTemplates(deck, modules);
      const images = placeImages(deck.slides, imageSrc);
      const { slides, file: _file, ...meta } = deck;
      const info = { ...meta, edition, citations };
      try {
        return entry.renderDeckSlides(info, slides, custom, images);
      } catch (error) {
        const failing = entry.firstFailingSlide(info, slides, custom, images);
        if (!failing) throw error;
        throw templateRenderError(deck, failing.index, failing.error);
      }
    });
  }

  /**
   * Renders every edition of every deck and returns what `build` would stop at: the located
   * problems of every template that does not compile or throws, not only the first. `check` and
   * `dev` report them; a bug (anything but a UserError) still throws.
   */
  async renderingProblems(decks: readonly ResolvedDeck[], citations: Citations, imageSrc: ImageSrc): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const deck of decks) {
      for (const edition of editionNames) {
        try {
          await this.renderDeck(deck, edition, citations, imageSrc);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          problems.push(...error.problems);
        }
      }
    }
    return problems;
  }

  /** The deck list, each deck with its audience edition's first slide as a thumbnail. */
  async renderDeckList(decks: DeckListEntry[], options: SsrEntry.DeckListOptions, citations: Citations, imageSrc: ImageSrc): Promise<SsrEntry.Rendered> {
    return this.recovering(async () => {
      const covers = decks.flatMap((deck) => (deck.cover ? [deck.cover] : []));
      const modules = await this.compiled(customFiles(covers));
      const entry = await this.entry(modules);
      // Each cover rendered in its own deck first, where a template that fails is named.
      const custom: SsrEntry.CustomTemplates = new Map();
      for (const { template } of covers) {
        if (template.kind === 'custom') custom.set(template.file, (await this.load(template.file, modules)).default);
      }
      return entry.renderDeckList(decks, options, citations, custom, placeImages(covers, imageSrc));
    });
  }

  /** Loads the SSR entry, which compiles every built-in template, ahead of the first render. */
  async warm(): Promise<void> {
    await this.entry(await this.compiled([]));
  }

  async renderProblemList(problems: string[]): Promise<SsrEntry.Rendered> {
    return (await this.entry(await this.compiled([]))).renderProblemList(problems);
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await (await server?.catch(() => undefined))?.close();
  }

  /** The deck's own .svelte templates, loaded through Vite; one that fails to load is a located problem. */
  private async customTemplates(deck: ResolvedDeck, modules: SsrModules | undefined): Promise<SsrEntry.CustomTemplates> {
    const custom: SsrEntry.CustomTemplates = new Map();
    for (const [index, slide] of deck.slides.entries()) {
      if (slide.template.kind === 'custom' && !custom.has(slide.template.file)) {
        custom.set(slide.template.file, (await this.loadTemplate(deck, index, slide.template.file, modules)).default);
      }
    }
    return custom;
  }

  private async entry(modules: SsrModules | undefined): Promise<typeof SsrEntry> {
    if (modules) return modules.entry;
    const { ssrEntry } = await import('./vite-config.ts');
    return (await (await this.viteServer()).ssrLoadModule(ssrEntry)) as typeof SsrEntry;
  }

  private async load(file: string, modules: SsrModules | undefined): Promise<{ default: SsrEntry.AnyTemplate }> {
    if (modules) {
      const loaded = modules.templates.get(file);
      if (!loaded) throw new Error(`The compiled templates lack ${file}`);
      return loaded;
    }
    return (await (await this.viteServer()).ssrLoadModule(file)) as { default: SsrEntry.AnyTemplate };
  }

  private async loadTemplate(deck: ResolvedDeck, index: number, file: string, modules: SsrModules | undefined): Promise<{ default: SsrEntry.AnyTemplate }> {
    try {
      return await this.load(file, modules);
    } catch (error) {
      if (isOutdatedPrebundle(error)) throw error;
      throw templateLoadError(this.userRoot, deck, index, error);
    }
  }

  /**
   * Vite re-optimises its dependencies when it finds new ones, and a module that imported the old
   * pre-bundle then fails with "There is a new version of the pre-bundle". A browser reloads; a
   * server render waits for the optimiser, drops the modules that imported the old bundle and
   * renders once more. Only once: a second failure is reported, never retried in a loop.
   */
  private async recovering<T>(render: () => Promise<T>): Promise<T> {
    try {
      return await render();
    } catch (error) {
      const server = await this.server?.catch(() => undefined);
      if (!isOutdatedPrebundle(error) || !server) throw error;
      await optimiserIdle(server);
      server.environments.ssr.moduleGraph.invalidateAll();
      return render();
    }
  }

  /** The Vite server that renders what has no compiled templates; started by the first call. */
  viteServer(): Promise<ViteDevServer> {
    this.server ??= renderServer(this.userRoot, this.mode);
    return this.server;
  }
}

/**
 * A Vite server that only renders: no HTTP server, no browser code. In dev it watches the files, so
 * that an edited template is compiled again, and keeps a dependency cache apart from the page
 * server's (one folder per running optimiser); it pre-bundles nothing (server rendering loads
 * packages from node_modules as they are).
 */
async function renderServer(userRoot: string, mode: 'production' | 'development'): Promise<ViteDevServer> {
  const [{ createServer }, { dependencyCache, viteConfig }] = await Promise.all([import('vite'), import('./vite-config.ts')]);
  const config = viteConfig(userRoot, { mode });
  const dev = mode === 'development';
  return createServer({
    ...config,
    ...(dev ? { cacheDir: `${dependencyCache(userRoot, mode)}-templates`, optimizeDeps: { noDiscovery: true, include: [] } } : {}),
    server: { ...config.server, middlewareMode: true, hmr: false, ws: false, watch: dev ? {} : null },
    appType: 'custom',
  });
}

/** The .svelte files of a deck's own templates among `slides`. */
function customFiles(slides: readonly { template: ResolvedDeck['slides'][number]['template'] }[]): string[] {
  return slides.flatMap(({ template }) => (template.kind === 'custom' ? [template.file] : []));
}

function isOutdatedPrebundle(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_OUTDATED_OPTIMIZED_DEP';
}

/** Resolves when no environment's dependency optimiser has a run in progress. */
async function optimiserIdle(server: ViteDevServer): Promise<void> {
  const runs = Object.values(server.environments).flatMap((environment) =>
    Object.values(environment.depsOptimizer?.metadata.discovered ?? {}).map((dep) => dep.processing),
  );
  await Promise.all(runs);
}
