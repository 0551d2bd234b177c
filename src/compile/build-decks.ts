import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeckInfo } from '../model/deck.ts';
import { editionFolder, editionNames, type Citations, type Edition } from '../model/edition.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { bundleClient } from './client-bundle.ts';
import { deckListEntries, listTheme } from './deck-list-entry.ts';
import { distinctImages, urlPath, type ImageSrc } from './image-assets.ts';
import { deckListPage, deckPage, type PageAssets } from './page.ts';
import { RenderSession } from './render-session.ts';

/** One edition of a deck as written: how many slides, and its index.html. */
export interface BuiltEdition {
  slides: number;
  file: string;
}

/** A deck written to the output folder: its id and title, and each edition. */
export type BuiltDeck = Pick<DeckInfo, 'id' | 'title'> & { editions: Record<Edition, BuiltEdition> };

/**
 * Writes both editions of every deck (audience at <id>/, review at <id>/review/), the shared assets
 * and the deck list into `outDir`, which must be empty. Each edition is rendered on its own, so the
 * audience page holds no review text at all. Every URL in a page is relative, so the folder works
 * from any base path.
 */
export async function buildDecks(userRoot: string, decks: ResolvedDeck[], citations: Citations, outDir: string): Promise<BuiltDeck[]> {
  const assets = await bundleClient(userRoot, outDir, distinctImages(decks.flatMap((deck) => deck.slides)));
  // The assets are in OUT/assets/; a page links them (and its images) relative to its own folder.
  const imageSrc = (prefix: string): ImageSrc => (image) => `${prefix}/${urlPath(assets.images.get(image.real)!)}`;
  const session = await RenderSession.forBuild(userRoot);
  try {
    const built: BuiltDeck[] = [];
    for (const deck of decks) {
      const editions = {} as Record<Edition, BuiltEdition>;
      for (const edition of editionNames) {
        const folder = path.join(outDir, deck.id, editionFolder[edition]);
        const file = path.join(folder, 'index.html');
        await mkdir(folder, { recursive: true });
        const prefix = path.relative(folder, outDir).split(path.sep).join('/');
        await writeFile(file, deckPage(deck, edition, await session.renderDeck(deck, edition, citations, imageSrc(prefix)), relativeTo(prefix, assets)));
        editions[edition] = { slides: deck.slides.filter((slide) => slide.editions.includes(edition)).length, file };
      }
      built.push({ id: deck.id, title: deck.title, editions });
    }
    const entries = deckListEntries(decks);
    const list = await session.renderDeckList(entries, { reviewLinks: true }, citations, imageSrc('.'));
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
