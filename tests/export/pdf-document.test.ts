import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf, outlineOf, type PrintedPage } from '../../src/export/pdf-document.ts';

const slide = (title: string, section = false): PrintedPage => ({ kind: 'slide', title, section });
const notes: PrintedPage = { kind: 'notes' };
const shape = (entries: ReturnType<typeof outlineOf>): unknown => entries.map((entry) => [entry.title, entry.page, ...(entry.children.length ? [shape(entry.children)] : [])]);

describe('outlineOf', () => {
  it.each([
    ['a deck without sections: every slide at the top', [slide('Cover'), slide('Agenda'), slide('Results')], [['Cover', 0], ['Agenda', 1], ['Results', 2]]],
    ['slides after a section go under it, until the next section', [slide('Cover'), slide('Part 1', true), slide('A'), slide('Part 2', true), slide('B')], [['Cover', 0], ['Part 1', 1, [['A', 2]]], ['Part 2', 3, [['B', 4]]]]],
    ['notes pages have no entry, and entries point at slide pages', [slide('Cover'), notes, slide('Results'), notes], [['Cover', 0], ['Results', 2]]],
  ])('%s', (_, pages, expected) => {
    expect(shape(outlineOf(pages))).toEqual(expected);
  });
});

describe('finishPdf', () => {
  async function printed(pages: number) {
    const document = await PDFDocument.create();
    for (let index = 0; index < pages; index += 1) document.addPage([960, 540]);
    return document.save();
  }

  it('refuses a PDF whose page count is not the slides and notes pages, since a slide overflowed', async () => {
    await expect(finishPdf(await printed(3), [slide('A'), slide('B')], { title: 'T', author: 'A', date: '2025-05' })).rejects.toThrow(/printed 3 pages for 2 slides/);
  });

  it('sets the metadata at the deck date, a month deck dated its first day', async () => {
    const bytes = await finishPdf(await printed(1), [slide('A')], { title: 'Results', author: 'Acme', subject: '4Q FY2024', date: '2025-05' });
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    expect([document.getTitle(), document.getAuthor(), document.getSubject()]).toEqual(['Results', 'Acme', '4Q FY2024']);
    expect(document.getCreationDate()?.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(document.getModificationDate()?.toISOString()).toBe('2025-05-01T00:00:00.000Z');
  });
});
