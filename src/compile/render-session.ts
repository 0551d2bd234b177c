import { createServer, type ViteDevServer } from 'vite';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import type { DeckListEntry } from './deck-list-entry.ts';
import { placeImages, type ImageSrc } from './image-assets.ts';
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

  /** A deck's slides, its images at the URLs `imageSrc` gives. */
  async renderDeck(deck: ResolvedDeck, imageSrc: ImageSrc): Promise<SsrEntry.Rendered> {
    const entry = await this.entry();
    return entry.renderDeckSlides(deck, await this.customTemplates(deck.slides), placeImages(deck.slides, imageSrc));
  }

  async renderDeckList(decks: DeckListEntry[], imageSrc: ImageSrc): Promise<SsrEntry.Rendered> {
    const entry = await this.entry();
    const covers = decks.map((deck) => deck.cover);
    return entry.renderDeckList(decks, await this.customTemplates(covers), placeImages(covers, imageSrc));
  }

  async renderProblemList(problems: string[]): Promise<SsrEntry.Rendered> {
    return (await this.entry()).renderProblemList(problems);
  }

  async close(): Promise<void> {
    if (this.ownsServer) await this.server.close();
  }

  private async customTemplates(slides: ResolvedSlide[]): Promise<SsrEntry.CustomTemplates> {
    const custom: SsrEntry.CustomTemplates = new Map();
    for (const slide of slides) {
      if (slide.template.kind === 'custom' && !custom.has(slide.template.file)) {
        const module = await this.server.ssrLoadModule(slide.template.file);
        custom.set(slide.template.file, module.default);
      }
    }
    return custom;
  }

  private async entry(): Promise<typeof SsrEntry> {
    return (await this.server.ssrLoadModule(ssrEntry)) as typeof SsrEntry;
  }
}
