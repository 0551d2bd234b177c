import path from 'node:path';
import type { DeckMeta } from '../model/deck.ts';
import { formatDate } from '../templates/figures/dates.ts';

/** What a link to a page shows where it is pasted (mail, chat, social posts) and in search results. */
export interface LinkPreview {
  title: string;
  description: string;
  /** The page's own URL: absolute with --base-url, else relative to the page (`./`). */
  url: string;
  /** The preview image (1200×630), when an export drew one. */
  image?: string | undefined;
  siteName?: string | undefined;
}

/** The preview image's size: what Open Graph and Twitter cards draw without cropping. */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

/** The deck's own description, or one said in its fields: "Acme Robotics, 4Q FY2024 (14 May 2025)". */
export function deckDescription(deck: Pick<DeckMeta, 'title' | 'company' | 'period' | 'date' | 'description'>): string {
  if (deck.description) return deck.description;
  const when = deck.period ? `${deck.period}, ${formatDate(deck.date)}` : formatDate(deck.date);
  return `${deck.title}: ${deck.company}, ${when}.`;
}

/**
 * A URL for the page at `relative` (a folder, such as `acme-4q/`, or a file) under the site root:
 * absolute under the base URL, else relative to the page at `from` (the folder the page sits in).
 */
export function siteUrl(baseUrl: string | undefined, relative: string, from: string): string {
  if (baseUrl) return new URL(relative, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  return relativeHref(from, relative);
}

/** A URL relative to the page in folder `from`: `('acme/', 'acme.html')` → `../acme.html`; a folder keeps its slash. */
export function relativeHref(from: string, to: string): string {
  const relative = path.posix.relative(from || '.', to || '.');
  const slash = to === '' || to.endsWith('/') ? '/' : '';
  if (relative === '') return './';
  return relative.startsWith('..') ? `${relative}${slash}` : `./${relative}${slash}`;
}

/** The head tags of a page's link preview: description, canonical URL, Open Graph and Twitter card. */
export function linkPreviewTags(preview: LinkPreview): string[] {
  const meta = (attribute: 'name' | 'property', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeAttribute(value)}">`;
  return [
    meta('name', 'description', preview.description),
    `<link rel="canonical" href="${escapeAttribute(preview.url)}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:url', preview.url),
    ...(preview.siteName ? [meta('property', 'og:site_name', preview.siteName)] : []),
    ...(preview.image
      ? [
          meta('property', 'og:image', preview.image),
          meta('property', 'og:image:width', String(PREVIEW_IMAGE.width)),
          meta('property', 'og:image:height', String(PREVIEW_IMAGE.height)),
        ]
      : []),
    meta('name', 'twitter:card', preview.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    ...(preview.image ? [meta('name', 'twitter:image', preview.image)] : []),
  ];
}

/** Text from a deck file inside a double-quoted attribute. */
export const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
