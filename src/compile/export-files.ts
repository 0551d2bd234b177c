import { editionFolder, type Edition } from '../model/edition.ts';
import { escapeAttribute, relativeHref } from './link-preview.ts';

/** What `quarterdeck export` can write for a deck. */
export const exportFormats = ['pdf', 'png', 'html', 'og'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Which decks an export covers, in which edition, and what it writes for each. */
export interface ExportPlan {
  ids: ReadonlySet<string>;
  edition: Edition;
  formats: ReadonlySet<ExportFormat>;
}

/**
 * Where export writes a deck's files, relative to the output folder. The one place the names are
 * decided: the build links them from the pages and export writes them there.
 */
export function exportFiles(id: string, edition: Edition) {
  const folder = `${id}/${editionFolder[edition]}`;
  const name = edition === 'audience' ? id : `${id}-${edition}`;
  return {
    /** The edition's folder, where its index.html is. */
    folder,
    pdf: `${folder}${name}.pdf`,
    /** The single-file deck, named after the deck so it names itself when downloaded; inside the
     * edition's folder, so that it is released, embargoed and granted with the edition. */
    html: `${folder}${name}.html`,
    og: `${folder}og.png`,
    /** Slide images: `<folder>slides/01.png`, numbered from 1 in slide order. */
    png: (index: number, count: number) => `${folder}slides/${String(index + 1).padStart(String(count).length, '0')}.png`,
  };
}

/** The downloads a page offers, as URLs relative to that page. */
export interface Downloads {
  pdf?: string | undefined;
  html?: string | undefined;
}

export function downloadsFor(plan: ExportPlan | undefined, id: string, edition: Edition, fromFolder: string): Downloads | undefined {
  if (!plan?.ids.has(id) || plan.edition !== edition) return undefined;
  const files = exportFiles(id, edition);
  const downloads = {
    pdf: plan.formats.has('pdf') ? relativeHref(fromFolder, files.pdf) : undefined,
    html: plan.formats.has('html') ? relativeHref(fromFolder, files.html) : undefined,
  };
  return downloads.pdf || downloads.html ? downloads : undefined;
}

/**
 * The deck page's download menu: a <details> in a corner of the window, outside the slides, so it
 * works without script and never covers a slide until opened. The print view and the single-file
 * deck leave it out (see downloads.css and single-file export, which strips it by its markers).
 */
export function downloadMenu(downloads: Downloads | undefined): string {
  if (!downloads) return '';
  const link = (href: string | undefined, label: string) =>
    href ? `<li><a href="${escapeAttribute(href)}" download>${label}</a></li>` : '';
  return [
    downloadMarkers.start,
    '<details class="qd-downloads"><summary>Download</summary><ul>',
    link(downloads.pdf, 'PDF'),
    link(downloads.html, 'Single-file HTML (works offline)'),
    '</ul></details>',
    downloadMarkers.end,
  ].join('');
}

export const downloadMarkers = { start: '<!--qd-downloads-->', end: '<!--/qd-downloads-->' } as const;
