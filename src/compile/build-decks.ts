import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeckInfo } from '../model/deck.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { bundleClient } from './client-bundle.ts';
import { deckListEntry } from './deck-list-entry.ts';
import { deckListPage, deckPage, type PageAssets } from './page.ts';
import { RenderSession } from './render-session.ts';

/** A deck written to the output folder: its id and title, how many slides, and its index.html. */
export type BuiltDeck = Pick<DeckInfo, 'id' | 'title'> & { slides: number; file: string };

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
    await writeFile(path.join(outDir, 'index.html'), deckListPage(await session.renderDeckList(decks.map(deckListEntry)), assets.fonts));
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
