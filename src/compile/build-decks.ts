import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeckInfo } from '../model/deck.ts';
import { editionFolder, editionNames, type Citations, type Edition } from '../model/edition.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import { BuildCache, codeKey, hashData, keyOf } from './build-cache.ts';
import { clientAssets } from './cached-client.ts';
import { deckListEntries, listTheme, listThemes, type DeckListEntry } from './deck-list-entry.ts';
import { downloadsFor, exportFiles, type ExportPlan } from './export-files.ts';
import { copyEditionImages, hashedImageNames } from './deck-images.ts';
import { distinctImages, urlPath, type ImageSrc } from './image-assets.ts';
import { deckDescription, siteUrl, type LinkPreview } from './link-preview.ts';
import { deckListPage, deckPage, type PageAssets } from './page.ts';
import { RenderSession } from './render-session.ts';
import { publicationStates, publicListFile, siteManifest, siteManifestFile } from './site-manifest.ts';
import { ssrBundle } from './ssr-bundle.ts';

/** One edition of a deck as written: how many slides, and its index.html. */
export interface BuiltEdition {
  slides: number;
  file: string;
}

/** A deck written to the output folder: its id and title, and each edition. */
export type BuiltDeck = Pick<DeckInfo, 'id' | 'title'> & { editions: Record<Edition, BuiltEdition> };

/** How the pages are shared: the site's URL, for absolute link previews, and what export will write. */
export interface ShareOptions {
  /** The URL the output folder is served at, such as https://ir.example.com/decks/. */
  baseUrl?: string | undefined;
  /** The export that runs on this build: its pages link the files it writes. */
  exports?: ExportPlan | undefined;
}

/**
 * Writes both editions of every deck (audience at <id>/, review at <id>/review/), the shared assets
 * and the deck list into `outDir`, which must be empty. Each edition is rendered on its own, so the
 * audience page holds no review text at all. Every URL in a page is relative, so the folder works
 * from any base path.
 *
 * What can be is taken from `cache` (build-cache.ts): the client bundle, the compiled templates and
 * each page, keyed by everything it is made from (the deck as loaded, with its data; the citations;
 * the asset and image names; how it is shared; the compiled templates). So a rebuild renders only the
 * pages whose inputs changed, and writes the same bytes a build without the cache writes.
 */
export async function buildDecks(userRoot: string, decks: ResolvedDeck[], citations: Citations, outDir: string, share: ShareOptions = {}, cache = new BuildCache()): Promise<BuiltDeck[]> {
  const assets = await clientAssets(userRoot, outDir, cache);
  const imageNames = await hashedImageNames(distinctImages(decks.flatMap((deck) => deck.slides)));
  const bundle = await ssrBundle(userRoot, customTemplateFiles(decks), cache);
  // Started only when a page is not in the cache: a rebuild with nothing changed loads no template.
  let session: Promise<RenderSession> | undefined;
  const renderer = () => (session ??= RenderSession.forBuild(userRoot, bundle));
  /** The page from the cache, or rendered and stored; pages made without the compiled bundle are not stored. */
  const page = async (inputs: unknown, render: () => Promise<string>): Promise<string> => {
    const hashed = bundle && inputs !== undefined && hashData(inputs);
    const key = hashed && keyOf('page', codeKey(), bundle.identity, hashed);
    const stored = key && (await cache.get('page', key));
    if (stored) return stored.toString('utf8');
    const html = await render();
    if (key) await cache.set('page', key, html);
    return html;
  };
  // Hashed once for every page: the citations of all the data are as large as a deck.
  const citationsHash = hashData(citations);
  try {
    const built: BuiltDeck[] = [];
    for (const deck of decks) {
      const editions = {} as Record<Edition, BuiltEdition>;
      // Hashed once for both editions: hashing the data is most of what a page in the cache costs.
      const deckHash = hashData(pageSource(deck));
      for (const edition of editionNames) {
        const folder = path.join(outDir, deck.id, editionFolder[edition]);
        const file = path.join(folder, 'index.html');
        await mkdir(folder, { recursive: true });
        const prefix = path.relative(folder, outDir).split(path.sep).join('/');
        const slides = deck.slides.filter((slide) => slide.editions.includes(edition));
        const images = distinctImages(slides);
        const imageSrc = await copyEditionImages(images, imageNames, folder);
        const pageShare = { preview: deckPreview(deck, edition, share), downloads: downloadsFor(share.exports, deck.id, edition, exportFiles(deck.id, edition).folder) };
        const pageAssets = relativeTo(prefix, assets);
        const inputs = deckHash && citationsHash && { kind: 'deck', deckHash, edition, citationsHash, images: images.map((image) => imageSrc(image)), pageAssets, pageShare };
        const html = await page(inputs, async () => {
          const rendered = await (await renderer()).renderDeck(deck, edition, citations, imageSrc);
          return deckPage(deck, edition, rendered, pageAssets, pageShare);
        });
        await writeFile(file, html);
        editions[edition] = { slides: slides.length, file };
      }
      built.push({ id: deck.id, title: deck.title, editions });
    }
    const entries = deckListEntries(decks).map((entry) => ({ ...entry, downloads: downloadsFor(share.exports, entry.id, 'audience', '') }));
    const writeList = async (file: string, listed: DeckListEntry[], reviewLinks: boolean) => {
      const imageSrc = coverImageSrc(listed, imageNames);
      const listAssets = relativeTo('.', assets);
      const preview = listPreview(listed, share);
      const covers = listed.flatMap((entry) => entry.cover?.images ?? []).map((image) => imageSrc(image));
      // Each entry's cover slide without its position, as for a deck page (pageSource).
      const listedSource = listed.map((entry) => ({ ...entry, cover: entry.cover && unplaced(entry.cover) }));
      const html = await page(citationsHash && { kind: 'list', listed: listedSource, reviewLinks, citationsHash, covers, listAssets, preview }, async () => {
        const list = await (await renderer()).renderDeckList(listed, { reviewLinks }, citations, imageSrc);
        return deckListPage(list, listAssets, listTheme(listed), listThemes(listed), preview);
      });
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, html);
    };
    // The whole list, review links included, for `preview` and any static host; `serve` never sends it.
    await writeList(path.join(outDir, 'index.html'), entries, true);
    // What `serve` shows the public: from each release on, the decks released by then, no review links.
    const states = publicationStates(decks);
    for (const [index, state] of states.entries()) {
      await writeList(path.join(outDir, publicListFile(index)), entries.filter((entry) => state.ids.has(entry.id)), false);
    }
    await writeFile(path.join(outDir, siteManifestFile), `${JSON.stringify(siteManifest(decks, states), null, 2)}\n`);
    return built;
  } finally {
    // A session that failed to start has its error thrown above already.
    await session?.then((started) => started.close(), () => undefined);
  }
}

/**
 * What a deck's pages are rendered from: the deck without the line and column each slide was written
 * at. Only a render error names those, and a page that fails is never stored; reading them would
 * parse each deck file again (see writtenAt in load/slide.ts).
 */
function pageSource(deck: ResolvedDeck): unknown {
  return { ...deck, slides: deck.slides.map(unplaced) };
}

function unplaced({ written, ...slide }: ResolvedSlide): unknown {
  return { ...slide, written: { file: written.file, path: written.path } };
}

/** Every custom .svelte template the decks use, compiled into the SSR bundle with ours. */
export function customTemplateFiles(decks: readonly ResolvedDeck[]): string[] {
  return decks.flatMap((deck) => deck.slides.flatMap((slide) => (slide.template.kind === 'custom' ? [slide.template.file] : [])));
}

/** The list draws each deck's cover with the images of that deck's audience folder, where the build put them. */
function coverImageSrc(entries: readonly DeckListEntry[], names: ReadonlyMap<string, string>): ImageSrc {
  return (image) => {
    const entry = entries.find((candidate) => candidate.cover?.images.some((used) => used.real === image.real));
    return `./${entry!.id}/${urlPath(names.get(image.real)!)}`;
  };
}

function relativeTo(prefix: string, assets: PageAssets): PageAssets {
  return {
    scripts: assets.scripts.map((file) => `${prefix}/${file}`),
    styles: assets.styles.map((file) => `${prefix}/${file}`),
    fonts: assets.fonts.map((file) => `${prefix}/${file}`),
    themes: Object.fromEntries(Object.entries(assets.themes).map(([theme, file]) => [theme, `${prefix}/${file}`])) as PageAssets['themes'],
  };
}

function deckPreview(deck: ResolvedDeck, edition: Edition, share: ShareOptions): LinkPreview {
  const files = exportFiles(deck.id, edition);
  const drawn = share.exports?.ids.has(deck.id) && share.exports.edition === edition && share.exports.formats.has('og');
  return {
    title: `${deck.title} · ${deck.company}`,
    description: deckDescription(deck),
    url: siteUrl(share.baseUrl, files.folder, files.folder),
    image: drawn ? siteUrl(share.baseUrl, files.og, files.folder) : undefined,
    siteName: deck.company,
  };
}

/** The deck list's preview: its companies, and the newest deck's preview image when export drew one. */
function listPreview(entries: DeckListEntry[], share: ShareOptions): LinkPreview {
  const companies = [...new Set(entries.map((entry) => entry.company))];
  const drawn = entries.find((entry) => share.exports?.ids.has(entry.id) && share.exports.edition === 'audience' && share.exports.formats.has('og'));
  return {
    title: companies.length === 1 ? `Presentations · ${companies[0]}` : 'Presentations',
    description: `${entries.length} investor ${entries.length === 1 ? 'presentation' : 'presentations'}${companies.length === 1 ? ` of ${companies[0]}` : ''}, newest first.`,
    url: siteUrl(share.baseUrl, '', ''),
    image: drawn ? siteUrl(share.baseUrl, exportFiles(drawn.id, 'audience').og, '') : undefined,
    siteName: companies.length === 1 ? companies[0] : undefined,
  };
}
