import { createServer, type ViteDevServer } from 'vite';
import type { Citations, Edition } from '../model/edition.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import type { DeckListEntry } from './deck-list-entry.ts';
import type * as SsrEntry from './ssr-entry.ts';
import { ssrEntry, viteConfig } from './vite-config.ts';

/**
 * Renders decks through Vite's SSR module graph, which compiles our templates and the user's own
 * .svelte templates alike. `build` opens one in production mode (no dev-only code or source maps in
 * the HTML); `dev` passes its own server so that edits to templates are picked up too.
 */
export class RenderSession {
  private constructor(
    private readonly server: ViteDevServer,
    private readonly ownsServer: boolean,
  ) {}

  static async forBuild(userRoot: string): Promise<RenderSession> {
    const config = viteConfig(userRoot, { mode: 'production' });
    const server = await createServer({
      ...config,
      server: { ...config.server, middlewareMode: true, hmr: false, ws: false, watch: null },
      appType: 'custom',
    });
    return new RenderSession(server, true);
  }

  static over(server: ViteDevServer): RenderSession {
    return new RenderSession(server, false);
  }

  /** One edition of a deck; `citations` say how the audience edition cites each seed. */
  async renderDeck(deck: ResolvedDeck, edition: Edition, citations: Citations): Promise<SsrEntry.Rendered> {
    const entry = await this.entry();
    const custom: SsrEntry.CustomTemplates = new Map();
    for (const slide of deck.slides) {
      if (slide.template.kind === 'custom' && !custom.has(slide.template.file)) {
        const module = await this.server.ssrLoadModule(slide.template.file);
        custom.set(slide.template.file, module.default);
      }
    }
    const { slides, file: _file, ...meta } = deck;
    return entry.renderDeckSlides({ ...meta, edition, citations }, slides, custom);
  }

  async renderDeckList(decks: DeckListEntry[], options: SsrEntry.DeckListOptions): Promise<SsrEntry.Rendered> {
    return (await this.entry()).renderDeckList(decks, options);
  }

  async renderProblemList(problems: string[]): Promise<SsrEntry.Rendered> {
    return (await this.entry()).renderProblemList(problems);
  }

  async close(): Promise<void> {
    if (this.ownsServer) await this.server.close();
  }

  private async entry(): Promise<typeof SsrEntry> {
    return (await this.server.ssrLoadModule(ssrEntry)) as typeof SsrEntry;
  }
}
