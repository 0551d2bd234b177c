import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/commands/export.ts';
import { explainSkippedSeeds, seedsMissing } from '../helpers/seeds.ts';
import { pdfInfo, pdfOutline, pdfText, popplerMissing, type OutlineItem } from '../helpers/poppler.ts';

explainSkippedSeeds('the PDF export of an IIJ deck');
const flatten = (items: OutlineItem[]): OutlineItem[] => items.flatMap((item) => [item, ...flatten(item.children)]);

describe.skipIf(seedsMissing || popplerMissing)('export of an IIJ deck', () => {
  it('prints the FY2007 deck as one page per audience slide, outlined by title, with its figures searchable', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-export-iij-')), 'dist');
    const id = 'iij-fy2007-investor-presentation';
    const result = await exportCommand({ root: '.', out, ids: [id], formats: ['pdf'], edition: 'audience', scale: 1, notes: false, log: () => {} });
    const slides = result.decks.find((deck) => deck.id === id)!.editions.audience.slides;
    const file = path.join(out, id, `${id}.pdf`);
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(slides);
    expect(info['Page size']).toMatch(/^960 x 540 pts/);
    expect(info.Author).toBe('Internet Initiative Japan Inc.');
    expect(info.CreationDate).toBe('2008-06-01T00:00:00Z');
    const entries = flatten(pdfOutline(file));
    expect(entries.map((entry) => entry.page)).toEqual([...Array(slides).keys()].map((index) => index + 1));
    const balance = entries.find((entry) => entry.title === 'Consolidated Balance Sheets (1/2)');
    expect(balance).toBeDefined();
    // Cash at 31 March 2008, from data/iij/2008-06-balance-sheet.yaml.
    expect(pdfText(file, balance!.page)).toContain('11,471');
  }, 240_000);
});
