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
 * Renders decks with our templates and the user's own .svelte templates. `build` and `check` render
 * with the templates compiled once by Vite's SSR build and kept in the build cache (ssr-bundle.ts);
 * `dev` passes its own server, whose SSR module graph picks up edits to templates. Where the compiled
 * bundle is missing or does not load (a custom template with a mistake), a build renders through a
 * Vite server of its own in production mode, which reports the mistake at its line.
 */
export class RenderSession {
  private constructor(
    private readonly server: ViteDevServer | undefined,
    private readonly modules: SsrModules | undefined,
    private readonly userRoot: string,
    private readonly ownsServer: boolean,
  ) {}

  static async forBuild(userRoot: string, bundle?: SsrBundle): Promise<RenderSession> {
    const modules = await bundle?.load();
    if (modules) return new RenderSession(undefined, modules, userRoot, false);
    const [{ createServer }, { viteConfig }] = await Promise.all([import('vite'), import('./vite-config.ts')]);
    const config = viteConfig(userRoot, { mode: 'production' });
    const server = await createServer({
      ...config,
      server: { ...config.server, middlewareMode: true, hmr: false, ws: false, watch: null },
      appType: 'custom',
    });
    return new RenderSession(server, undefined, userRoot, true);
  }

  static over(server: ViteDevServer, userRoot: string): RenderSession {
    return new RenderSession(server, undefined, userRoot, false);
  }

  /**
   * One edition of a deck, its images at the URLs `imageSrc` gives; `citations` say how the audience
   * edition cites each seed. Throws a UserError naming the slide when a template does not compile or
   * throws.
   */
  async renderDeck(deck: ResolvedDeck, edition: Edition, citations: Citations, imageSrc: ImageSrc): Promise<SsrEntry.Rendered> {
    return this.recovering(async () => {
      const entry = await this.entry();
      const custom = await this.customTemplates(deck);
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
      const entry = await this.entry();
      const covers = decks.flatMap((deck) => (deck.cover ? [deck.cover] : []));
      // Each cover rendered in its own deck first, where a template that fails is named.
      const custom: SsrEntry.CustomTemplates = new Map();
      for (const { template } of covers) {
        if (template.kind === 'custom') custom.set(template.file, (await this.load(template.file)).default);
      }
      return entry.renderDeckList(decks, options, citations, custom, placeImages(covers, imageSrc));
    });
  }

  /** Loads the SSR entry, which compiles every built-in template, ahead of the first render. */
  async warm(): Promise<void> {
    await this.entry();
  }

  async renderProblemList(problems: string[]): Promise<SsrEntry.Rendered> {
    return (await this.entry()).renderProblemList(problems);
  }

  async close(): Promise<void> {
    if (this.ownsServer) await this.server?.close();
  }

  /** The deck's own .svelte templates, loaded through Vite; one that fails to load is a located problem. */
  private async customTemplates(deck: ResolvedDeck): Promise<SsrEntry.CustomTemplates> {
    const custom: SsrEntry.CustomTemplates = new Map();
    for (const [index, slide] of deck.slides.entries()) {
      if (slide.template.kind === 'custom' && !custom.has(slide.template.file)) {
        custom.set(slide.template.file, (await this.loadTemplate(deck, index, slide.template.file)).default);
      }
    }
    return custom;
  }

  private async entry(): Promise<typeof SsrEntry> {
    if (this.modules) return this.modules.entry;
    const { ssrEntry } = await import('./vite-config.ts');
    return (await this.server!.ssrLoadModule(ssrEntry)) as typeof SsrEntry;
  }

  private async load(file: string): Promise<{ default: SsrEntry.AnyTemplate }> {
    if (this.modules) {
      const loaded = this.modules.templates.get(file);
      if (!loaded) throw new Error(`The compiled templates lack ${file}`);
      return loaded;
    }
    return (await this.server!.ssrLoadModule(file)) as { default: SsrEntry.AnyTemplate };
  }

  private async loadTemplate(deck: ResolvedDeck, index: number, file: string): Promise<{ default: SsrEntry.AnyTemplate }> {
    try {
      return await this.load(file);
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
      if (!isOutdatedPrebundle(error) || !this.server) throw error;
      await optimiserIdle(this.server);
      this.server.environments.ssr.moduleGraph.invalidateAll();
      return render();
    }
  }
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
