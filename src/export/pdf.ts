import type { Page } from 'playwright-core';
import { SLIDE } from '../templates/parts/slide-geometry.ts';
import { revealReady } from './browser.ts';
import { finishPdf, type PdfMetadata, type PrintedPage } from './pdf-document.ts';

/**
 * reveal.js's own print view, told through its URL settings: no margin (a page is the slide, 16:9),
 * every fragment shown on the one page of its slide, and with `notes` the speaker notes on a page
 * after each slide.
 */
export function printViewQuery(notes: boolean): string {
  return `?print-pdf&pdfSeparateFragments=false&margin=0${notes ? '&showNotes=separate-page' : ''}`;
}

/** Prints one edition of a deck (its page at `url`) into a finished PDF: outline and metadata added. */
export async function exportPdf(page: Page, url: string, metadata: PdfMetadata, notes: boolean): Promise<{ bytes: Uint8Array; pages: PrintedPage[] }> {
  await page.setViewportSize({ width: SLIDE.width, height: SLIDE.height });
  await page.goto(`${url}${printViewQuery(notes)}`);
  const pages = await printedPages(page, metadata.title);
  // The page size comes from the print view's @page rule, which reveal.js sets to the slide's size.
  const printed = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  return { bytes: await finishPdf(printed, pages, metadata), pages };
}

/** Waits for the print view to lay out its pages and the fonts to load, then lists the pages. */
export async function printedPages(page: Page, deckTitle: string): Promise<PrintedPage[]> {
  await page.waitForFunction(revealReady);
  await page.waitForFunction(() => document.querySelector('.pdf-page') !== null && document.querySelector('.loading-scroll-mode') === null);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const listed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.slides > .pdf-page, .slides > .speaker-notes-pdf')].map((element) => {
      const slide = element.querySelector<HTMLElement>('section.qd-slide');
      return slide ? { kind: 'slide' as const, title: slide.dataset.title ?? '', template: slide.dataset.template ?? '' } : { kind: 'notes' as const };
    }),
  );
  let number = 0;
  return listed.map((entry) => {
    if (entry.kind === 'notes') return entry;
    number += 1;
    // The cover has no title of its own: it shows the deck's.
    const title = entry.title || (entry.template === 'title' ? deckTitle : `Slide ${number}`);
    return { kind: 'slide', title, section: entry.template === 'section' };
  });
}
