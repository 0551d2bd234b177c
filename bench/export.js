// What `quarterdeck export` costs: the PDF of a deck against the floor (reveal.js's bare print view
// and page.pdf(), nothing else), the PNGs per slide, and the single-file deck's size. Measured on
// built folders served by `quarterdeck preview`, with the bench's one Chromium; the export code is
// called directly (from lib/, the built CLI), so the figures leave out the build export does first.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../tooling/settings.js';
import { ms } from './builds.js';
import { median, now, runNode } from './measure.js';
import { startServer } from './servers.js';
import { writeSyntheticProject } from './synthetic-deck.js';

const { exportPdf, printViewQuery } = await import('../lib/export/pdf.js');
const { exportPngs } = await import('../lib/export/png.js');
const { singleFile } = await import('../lib/export/single-file.js');

const viewport = { width: 1280, height: 720 };

/** Builds a generated deck of `slides` slides into workDir; returns its built folder and id. */
export async function buildSynthetic(workDir, slides) {
  const root = path.join(workDir, `export-synthetic-${slides}`);
  const id = await writeSyntheticProject(root, slides);
  const out = path.join(workDir, `export-synthetic-${slides}-out`);
  await runNode(['bin/quarterdeck.js', 'build', '--root', root, '--out', out], { cwd: projectRoot });
  return { out, id };
}

/** The floor: a fresh page, reveal.js's print view (same settings as export) and page.pdf(). */
async function floorPdf(browser, url) {
  const page = await browser.newPage({ viewport });
  try {
    await page.goto(`${url}${printViewQuery(false)}`);
    await page.waitForFunction(() => document.querySelector('.pdf-page') !== null && document.querySelector('.loading-scroll-mode') === null);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return (await page.pdf({ printBackground: true, preferCSSPageSize: true })).length;
  } finally {
    await page.close();
  }
}

/** Quarterdeck's PDF: the same print view, then the outline and metadata through pdf-lib. */
async function ourPdf(browser, url) {
  const page = await browser.newPage({ viewport });
  try {
    const { bytes, pages } = await exportPdf(page, url, { title: 'Bench', author: 'Bench', date: '2025-05' }, false);
    return { bytes: bytes.length, pages: pages.length };
  } finally {
    await page.close();
  }
}

async function timed(fn) {
  const started = now();
  const value = await fn();
  return { ms: now() - started, value };
}

/**
 * For each deck ({ out, id, source }): PDF and floor seconds (medians of `runs` after a warm-up,
 * alternating so that neither gets a warmer machine), and the single-file size raw and gzipped.
 * PNG time per slide on the first deck of `pngDecks`.
 */
export async function measureExport(browser, decks, runs) {
  const results = [];
  for (const deck of decks) {
    const server = await startServer('preview', ['--out', deck.out]);
    try {
      const url = `${server.url}${deck.id}/`;
      await ourPdf(browser, url);
      await floorPdf(browser, url);
      const ours = [];
      const floor = [];
      let pages = 0;
      for (let run = 0; run < runs; run += 1) {
        const measured = await timed(() => ourPdf(browser, url));
        pages = measured.value.pages;
        ours.push(measured.ms);
        floor.push((await timed(() => floorPdf(browser, url))).ms);
      }
      const png = await timed(() => exportPngs(browser, url, 1, async () => {}));
      const single = await timed(() => singleFile(path.join(deck.out, deck.id, 'index.html')));
      const html = Buffer.from(single.value.html);
      results.push({
        deck: deck.id,
        source: deck.source,
        pages,
        pdf: ms(median(ours)),
        floor: ms(median(floor)),
        ratio: Math.round((median(ours) / median(floor)) * 100) / 100,
        pngPerSlide: ms(png.ms / png.value),
        singleFile: { raw: html.length, gzip: gzipSync(html).length, unit: 'bytes', fonts: single.value.fonts, time: ms(single.ms) },
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}
