import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeckInfo } from '../model/deck.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { bundleClient } from './client-bundle.ts';
import { deckListEntries, listTheme } from './deck-list-entry.ts';
import { distinctImages, urlPath, type ImageSrc } from './image-assets.ts';
import { deckListPage, deckPage, type PageAssets } from './page.ts';
import { RenderSession } from './render-session.ts';

/** A deck written to the output folder: its id and title, how many slides, and its index.html. */
export type BuiltDeck = Pick<DeckInfo, 'id' | 'title'> & { slides: number; file: string };

/** Writes every deck, the shared assets and the deck list into `outDir`, which must be empty. */
export async function buildDecks(userRoot: string, decks: ResolvedDeck[], outDir: string): Promise<BuiltDeck[]> {
  const assets = await bundleClient(userRoot, outDir, distinctImages(decks.flatMap((deck) => deck.slides)));
  // A deck page is OUT/<id>/index.html, the deck list OUT/index.html; the assets are in OUT/assets/.
  const imageSrc = (prefix: string): ImageSrc => (image) => `${prefix}/${urlPath(assets.images.get(image.real)!)}`;
  const session = await RenderSession.forBuild(userRoot);
  try {
    const built: BuiltDeck[] = [];
    for (const deck of decks) {
      const file = path.join(outDir, deck.id, 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, deckPage(deck, await session.renderDeck(deck, imageSrc('..')), relativeTo('..', assets)));
      built.push({ id: deck.id, title: deck.title, slides: deck.slides.length, file });
    }
    const entries = deckListEntries(decks);
    const list = await session.renderDeckList(entries, imageSrc('.'));
    await writeFile(path.join(outDir, 'index.html'), deckListPage(list, relativeTo('.', assets), listTheme(entries)));
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
