import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/commands/export.ts';
import { UserError } from '../../src/problems.ts';
import { pdfInfo, pdfOutline, pdfText, popplerMissing } from '../helpers/poppler.ts';
import { tempProject } from '../helpers/temp-project.ts';

const root = 'tests/fixtures/acme';
const tempOut = async () => path.join(await mkdtemp(path.join(tmpdir(), 'qd-export-')), 'dist');
const quiet = () => {};

describe.skipIf(popplerMissing)('export of the fixture decks', () => {
  let out: string;
  const lines: string[] = [];
  beforeAll(async () => {
    out = await tempOut();
    await exportCommand({ root, out, ids: ['quarterly', 'images'], formats: ['pdf', 'png', 'og', 'html'], edition: 'audience', scale: 1, notes: false, log: (line) => lines.push(line) });
  }, 180_000);

  it('prints one line per deck and format, with counts, and a summary', () => {
    expect(lines.filter((line) => line.includes('quarterly '))).toHaveLength(4);
    expect(lines.find((line) => /quarterly\s+pdf\s+10 pages\s+\d+\.\d s\s+quarterly\/quarterly\.pdf/.test(line))).toBeDefined();
    expect(lines.at(-1)).toMatch(/^Exported 2 deck\(s\): 18 file\(s\) in \d+\.\d s$/);
  });

  it('writes a PDF of one 16:9 page per slide, with the deck metadata at the deck date', () => {
    const info = pdfInfo(path.join(out, 'quarterly/quarterly.pdf'));
    expect(info.Pages).toBe('10');
    expect(info['Page size']).toMatch(/^960 x 540 pts/);
    expect(info.Title).toBe('Results for the Fourth Quarter');
    expect(info.Author).toBe('Acme Robotics');
    expect(info.Subject).toBe('14 May 2025');
    expect(info.CreationDate).toBe('2025-05-14T00:00:00Z');
    expect(info.ModDate).toBe('2025-05-14T00:00:00Z');
    expect(pdfInfo(path.join(out, 'images/images.pdf')).Subject).toBe('Plant visit, spring 2025');
  });

  it('gives the PDF an outline of the slide titles, with the slides after a section under it', () => {
    const outline = pdfOutline(path.join(out, 'quarterly/quarterly.pdf'));
    expect(outline.map((item) => [item.title, item.page])).toEqual([
      ['Results for the Fourth Quarter', 1],
      ['Agenda', 2],
      ['Results for the quarter', 3],
    ]);
    expect(outline[2]!.children.map((item) => item.title)).toEqual([
      'Highlights',
      'Income statement',
      'Revenue by quarter',
      'Revenue by quarter, side by side',
      'Operating margin',
      'Services revenue',
      'Thank you',
    ]);
    expect(outline[2]!.children[1]!.page).toBe(5);
  });

  it('keeps the text searchable, every fragment shown, and numbers each page', () => {
    const page = pdfText(path.join(out, 'quarterly/quarterly.pdf'), 5);
    expect(page).toContain('Income statement');
    expect(page).toContain('54,188');
    expect(page).toContain('(320)');
    expect(page.trim().split(/\s+/).at(-1)).toBe('5');
    // The highlights slide builds bullet by bullet; the PDF shows all of them on its one page.
    expect(pdfText(path.join(out, 'quarterly/quarterly.pdf'), 4)).toContain('Recurring revenue now most of the mix');
  });

  it('writes each slide as a 1280×720 PNG and the link-preview image at 1200×630', async () => {
    const slides = (await readdir(path.join(out, 'quarterly/slides'))).sort();
    expect(slides).toEqual(['01.png', '02.png', '03.png', '04.png', '05.png', '06.png', '07.png', '08.png', '09.png', '10.png']);
    expect(imageSize(await readFile(path.join(out, 'quarterly/slides/05.png')))).toMatchObject({ width: 1280, height: 720, type: 'png' });
    expect(imageSize(await readFile(path.join(out, 'quarterly/og.png')))).toMatchObject({ width: 1200, height: 630, type: 'png' });
  });

  it('writes a single-file deck that loads nothing: scripts, styles, fonts and images inlined', async () => {
    const html = await readFile(path.join(out, 'images/images.html'), 'utf8');
    const document = parse(html);
    expect(document.querySelectorAll('link[rel="stylesheet"], script[src]')).toHaveLength(0);
    // The download menu links files beside the deck folder, which the single file has not.
    expect(document.querySelector('details.qd-downloads')).toBeNull();
    const images = document.querySelectorAll('img').map((image) => image.getAttribute('src')!.slice(0, 26));
    expect(images).toEqual(['data:image/svg+xml;base64,', 'data:image/png;base64,iVBO']);
    expect(html).not.toMatch(/url\(\s*['"]?\.\.?\//);
    expect(html).toMatch(/<script type="module">/);
    // The speaker view, which the script imports when S is pressed, is inside the file too.
    expect(html).not.toMatch(/["'`]\.\/[\w-]+\.js["'`]/);
    expect(html).toMatch(/import\(["'`]data:text\/javascript;base64,/);
    expect(html).toContain('url(data:font/woff2;base64,');
    // Only the font slices the deck's text uses, subset: far smaller than the fonts the build ships.
    expect((await stat(path.join(out, 'images/images.html'))).size).toBeLessThan(1_000_000);
  });

  it('links the PDF and the single-file deck from the deck and from the deck list', async () => {
    const deck = await readFile(path.join(out, 'quarterly/index.html'), 'utf8');
    expect(deck).toContain('<a href="./quarterly.pdf" download>PDF</a>');
    expect(deck).toContain('<a href="./quarterly.html" download>');
    const list = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(list).toMatch(/href="\.\/quarterly\/quarterly\.pdf" download/);
    expect(list).toMatch(/href="\.\/quarterly\/quarterly\.html" download/);
    // A deck that was not exported offers nothing.
    expect(list).not.toContain('bridge/bridge.pdf');
  });
});

describe.skipIf(popplerMissing)('export options', () => {
  it('gives the same PDF bytes on every run', async () => {
    const [a, b] = [await tempOut(), await tempOut()];
    for (const out of [a, b]) await exportCommand({ root, out, ids: ['bridge'], formats: ['pdf'], edition: 'audience', scale: 1, notes: false, log: quiet });
    expect((await readFile(path.join(a, 'bridge/bridge.pdf'))).equals(await readFile(path.join(b, 'bridge/bridge.pdf')))).toBe(true);
  }, 120_000);

  it('adds a notes page after each slide with notes, and draws PNGs at --scale 2', async () => {
    const out = await tempOut();
    await exportCommand({ root, out, ids: ['quarterly'], formats: ['pdf', 'png'], edition: 'audience', scale: 2, notes: true, log: quiet });
    const file = path.join(out, 'quarterly/quarterly.pdf');
    expect(pdfInfo(file).Pages).toBe('12');
    expect(pdfText(file, 5)).toContain('Start with the record quarter');
    expect(pdfOutline(file)[2]!.children.map((item) => item.page).slice(0, 2)).toEqual([4, 6]);
    expect(imageSize(await readFile(path.join(out, 'quarterly/slides/01.png')))).toMatchObject({ width: 2560, height: 1440 });
  }, 120_000);

  it('exports the review edition under the deck review folder', async () => {
    const out = await tempOut();
    await exportCommand({ root, out, ids: ['bridge'], formats: ['pdf'], edition: 'review', scale: 1, notes: false, log: quiet });
    expect(pdfInfo(path.join(out, 'bridge/review/bridge-review.pdf')).Pages).toBe('1');
  }, 120_000);

  it('refuses a deck id that does not exist, naming the decks there are', async () => {
    const error = await exportCommand({ root, out: await tempOut(), ids: ['nope'], formats: ['pdf'], edition: 'audience', scale: 1, notes: false, log: quiet }).catch((caught) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('There is no deck "nope" to export.');
    expect(error.message).toContain('bridge, escaping, images, quarterly');
  });
});

describe('previewSlide', () => {
  it('refuses a preview slide past the last slide, naming the deck file, before drawing anything', async () => {
    const root = await tempProject({ 'decks/q1.yaml': 'title: Q1\ndate: 2025-05\ncompany: Acme\npreviewSlide: 3\nslides:\n  - template: title\n  - template: section\n    title: Part one\n' });
    const error = await exportCommand({ root, out: path.join(root, 'dist'), ids: [], formats: ['og'], edition: 'audience', scale: 1, notes: false, log: quiet }).catch((caught) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('decks/q1.yaml previewSlide: previewSlide is 3, but the audience edition has 2 slides.');
  }, 60_000);
});
