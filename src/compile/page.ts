import type { DeckMeta, ThemeName } from '../model/deck.ts';
import type { Edition } from '../model/edition.ts';
import { geometryCss } from '../templates/parts/slide-geometry.ts';
import { downloadMenu, type Downloads } from './export-files.ts';
import { linkPreviewTags, type LinkPreview } from './link-preview.ts';
import type { Rendered } from './ssr-entry.ts';

export interface PageAssets {
  /** URLs, relative to the page or absolute. */
  scripts: string[];
  styles: string[];
  /** The font stylesheet, linked first; kept apart so page weight can count fonts on their own. */
  fonts: string[];
  /** Each theme's stylesheet (its palette), linked last: a page links only those of the themes it shows. */
  themes: Record<ThemeName, string>;
}

/** What a page says where its link is pasted, and what it offers to download. */
export interface PageShare {
  preview?: LinkPreview | undefined;
  downloads?: Downloads | undefined;
}

/**
 * The whole HTML document of a deck. Everything interpolated here is either our own constant,
 * a schema-validated code (lang, theme) or HTML that Svelte rendered and escaped.
 * The `qd-no-js` class lets the stylesheet lay every slide out as a page when no script runs;
 * the client removes it before reveal.js starts. `data-edition` tells the client which edition it
 * shows; the review edition carries a badge so nobody mistakes it for the one to share.
 */
export function deckPage(deck: Pick<DeckMeta, 'lang' | 'theme'>, edition: Edition, rendered: Rendered, assets: PageAssets, share: PageShare = {}): string {
  return [
    '<!doctype html>',
    `<html lang="${deck.lang}" class="qd-no-js" data-theme="${deck.theme}" data-edition="${edition}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Quarterdeck">',
    // No favicon request: a deck is often opened from a folder or a static host without one.
    '<link rel="icon" href="data:,">',
    ...(share.preview ? linkPreviewTags(share.preview) : []),
    // The slide geometry as custom properties: the theme and the layouts size themselves from it.
    `<style>${geometryCss}</style>`,
    ...stylesheets([...assets.fonts, ...assets.styles, assets.themes[deck.theme]]),
    rendered.head,
    '</head>',
    '<body>',
    '<div class="reveal"><div class="slides">',
    rendered.body,
    '</div></div>',
    ...(edition === 'review' ? ['<p class="qd-edition-badge" aria-label="Review edition: for the IR team, not to be shared">Review edition</p>'] : []),
    ...(share.downloads ? [downloadMenu(share.downloads)] : []),
    ...assets.scripts.map((src) => `<script type="module" src="${src}"></script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const stylesheets = (hrefs: string[]) => hrefs.map((href) => `<link rel="stylesheet" href="${href}">`);

/** A page of our own (the deck list, the dev server's problem page) around rendered HTML. */
function plainPage(rendered: Rendered, styles: string[], scripts: string[] = [], theme?: ThemeName, preview?: LinkPreview): string {
  return [
    '<!doctype html>',
    theme ? `<html lang="en" data-theme="${theme}">` : '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    ...(preview ? linkPreviewTags(preview) : []),
    ...stylesheets(styles),
    rendered.head,
    '</head>',
    '<body>',
    rendered.body,
    ...scripts.map((src) => `<script type="module" src="${src}"></script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The deck list links the deck fonts, so it reads in the same type as the decks, the deck
 * stylesheets and the stylesheets of `themes`, which colour the list and each deck's cover
 * thumbnail; its thumbnails are slides, laid out in the slide geometry. The page takes the decks'
 * theme when they all share one.
 */
export function deckListPage(rendered: Rendered, assets: Pick<PageAssets, 'fonts' | 'styles' | 'themes'>, theme: ThemeName | undefined, themes: ThemeName[], preview?: LinkPreview): string {
  const styles = [...assets.fonts, ...assets.styles, ...themes.map((name) => assets.themes[name])];
  return plainPage({ head: `<style>${geometryCss}</style>\n${rendered.head}`, body: rendered.body }, styles, [], theme, preview);
}
export const problemPage = (rendered: Rendered, script: string) => plainPage(rendered, [], [script]);
