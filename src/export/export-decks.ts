import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { exportFiles, type ExportFormat, type ExportPlan } from '../compile/export-files.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { UserError } from '../problems.ts';
import { formatDate } from '../templates/figures/dates.ts';
import { launchBrowser } from './browser.ts';
import { exportPdf } from './pdf.ts';
import { exportPngs, exportPreviewImage, SlideError } from './png.ts';
import { stepLine, summaryLine, type ExportStep } from './progress.ts';
import { singleFile } from './single-file.ts';

export interface ExportRun {
  /** A built folder (a build's staging folder, before it is published): export writes into it. */
  folder: string;
  /** Where that folder is served (module scripts do not load from file://), ending in '/'. */
  url: string;
  decks: ResolvedDeck[];
  plan: ExportPlan;
  /** Device pixels per CSS pixel of the slide PNGs: 2 gives 2560×1440. */
  scale: number;
  /** A notes page after each slide in the PDF. */
  notes: boolean;
  log: (line: string) => void;
}

/** Formats in the order they run: the PDF first, what an IR site posts. */
const order: ExportFormat[] = ['pdf', 'png', 'og', 'html'];

/** Exports each deck in every format of the plan with one Chromium, reading the built pages at `url`. */
export async function exportDecks(run: ExportRun): Promise<ExportStep[]> {
  const started = performance.now();
  // A previewSlide past the end is the deck file's mistake: say so before drawing anything.
  if (run.plan.formats.has('og')) for (const deck of run.decks) previewSlideIndex(deck, run.plan);
  let browser: Browser | undefined;
  const steps: ExportStep[] = [];
  try {
    browser = await launchBrowser();
    for (const deck of run.decks) {
      for (const format of order.filter((format) => run.plan.formats.has(format))) {
        const step = await exportOne(browser, new URL(exportFiles(deck.id, run.plan.edition).folder, run.url).href, deck, format, run);
        steps.push(step);
        run.log(stepLine(step));
      }
    }
  } finally {
    await browser?.close();
  }
  run.log(summaryLine(steps, run.decks.length, performance.now() - started));
  return steps;
}

async function exportOne(browser: Browser, url: string, deck: ResolvedDeck, format: ExportFormat, run: ExportRun): Promise<ExportStep> {
  const files = exportFiles(deck.id, run.plan.edition);
  const started = performance.now();
  const write = async (relative: string, bytes: Uint8Array | string) => {
    const file = path.join(run.folder, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  };
  const step = (count: number, unit: string, file: string): ExportStep => ({ deck: deck.id, format, count, unit, ms: performance.now() - started, file });
  try {
    if (format === 'pdf') {
      const page = await browser.newPage();
      try {
        const metadata = { title: deck.title, author: deck.company, subject: deck.period ?? formatDate(deck.date), date: deck.date, keywords: [deck.company, deck.period ?? formatDate(deck.date)] };
        const { bytes, pages } = await exportPdf(page, url, metadata, run.notes);
        await write(files.pdf, bytes);
        return step(pages.length, 'pages', files.pdf);
      } finally {
        await page.close();
      }
    }
    if (format === 'png') {
      const count = await exportPngs(browser, url, run.scale, (index, total, png) => write(files.png(index, total), png));
      return step(count, 'slides', path.dirname(files.png(0, count)) + '/');
    }
    if (format === 'og') {
      await write(files.og, await exportPreviewImage(browser, url, previewSlideIndex(deck, run.plan)));
      return step(1, 'image', files.og);
    }
    const page = await singleFile(path.join(run.folder, files.folder, 'index.html'));
    await write(files.html, page.html);
    return step(page.fonts.kept, 'fonts', files.html);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const slide = error instanceof SlideError ? ` at slide ${error.index + 1}${slideTitle(deck, run.plan, error.index)}` : '';
    throw new UserError(
      [{ file: deck.file, path: [], message: `Export of deck "${deck.id}" as ${format} failed${slide}: ${(error as Error).message}`, hint: 'Open the deck with quarterdeck preview to see the slide; run again with --debug for the whole error.' }],
      { cause: error },
    );
  }
}

const editionSlides = (deck: ResolvedDeck, plan: ExportPlan) => deck.slides.filter((slide) => slide.editions.includes(plan.edition));

function slideTitle(deck: ResolvedDeck, plan: ExportPlan, index: number): string {
  const title = editionSlides(deck, plan)[index]?.title;
  return title ? ` "${title}"` : '';
}

/** The slide the preview image shows: the one the deck names (1-based, audience numbering), or the cover. */
export function previewSlideIndex(deck: ResolvedDeck, plan: ExportPlan): number {
  const count = editionSlides(deck, plan).length;
  const named = deck.previewSlide ?? 1;
  if (named > count) {
    throw new UserError([
      { file: deck.file, path: ['previewSlide'], message: `previewSlide is ${named}, but the ${plan.edition} edition has ${count} slides.`, hint: `Name a slide from 1 to ${count}, or leave previewSlide out for the first.` },
    ]);
  }
  return named - 1;
}
