import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedDeck } from '../model/resolved.ts';
import { bundleClient } from './client-bundle.ts';
import { deckListPage, deckPage, type PageAssets } from './page.ts';
import { RenderSession } from './render-session.ts';

export interface BuiltDeck {
  id: string;
  title: string;
  slides: number;
  file: string;
}

/** Writes every deck, the shared assets and the deck list into `outDir`, which must be empty. */
export async function buildDecks(userRoot: string, decks: ResolvedDeck[], outDir: string): Promise<BuiltDeck[]> {
  const assets = await bundleClient(userRoot, outDir);
  const fromDeck = relativeTo('..', assets);
  const session = await RenderSession.forBuild(userRoot);
  try {
    const built: BuiltDeck[] = [];
    for (const deck of decks) {
      const file = path.join(outDir, deck.id, 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, deckPage(deck, await session.renderDeck(deck), fromDeck));
      built.push({ id: deck.id, title: deck.title, slides: deck.slides.length, file });
    }
    const entries = decks.map(({ id, title, company, date, slides }) => ({ id, title, company, date, slideCount: slides.length }));
    await writeFile(path.join(outDir, 'index.html'), deckListPage(await session.renderDeckList(entries), assets.fonts));
    return built;
  } finally {
    await session.close();
  }
}

function relativeTo(prefix: string, assets: PageAssets): PageAssets {
  return {
    scripts: assets.scripts.map((file) => `${prefix}/${file}`),
    styles: assets.styles.map((file) => `${prefix}/${file}`),
    fonts: assets.fonts.map((file) => `${prefix}/${file}`),
  };
}
