import { describe, expect, it } from 'vitest';
import type { Citations } from '../../../src/model/edition.ts';
import { citeSource } from '../../../src/templates/figures/citation.ts';
import { showFigure, traceFigure } from '../../../src/templates/figures/shown.ts';
import { SEED, source } from '../ir-fixtures.ts';

const citations: Citations = new Map([
  [SEED, { citation: 'IIJ 3Q FY2008 results', published: '2009-02-12', pages: ['Cover', 'Agenda', 'Results', 'Revenues', 'Summary'] }],
  ['001_c2adad7bcd31a0d2.txt', { citation: 'IIJ investor presentation', published: '2008-06', pages: ['Cover', 'TOP IP Engineering Company'], headings: new Map([['Company Profile (as of March 2008)', 1]]) }],
]);

describe('citeSource', () => {
  it.each([
    [source('Summary'), 'Source: IIJ 3Q FY2008 results, 12 February 2009, p. 5'],
    [source('Cover'), 'Source: IIJ 3Q FY2008 results, 12 February 2009, p. 1'],
    [{ seed: '001_c2adad7bcd31a0d2.txt', slide: 'Cover' }, 'Source: IIJ investor presentation, June 2008, p. 1'],
    // A title the inventory does not list: the deck without a page, never a guess.
    [source('Company Profile (as of March 2008)'), 'Source: IIJ 3Q FY2008 results, 12 February 2009'],
    // A heading the inventory lists for a slide: that slide's page.
    [{ seed: '001_c2adad7bcd31a0d2.txt', slide: 'Company Profile (as of March 2008)' }, 'Source: IIJ investor presentation, June 2008, p. 2'],
    // A seed without an inventory: nothing, and never its file name.
    [{ seed: '009_0123456789abcdef.txt', slide: 'Summary' }, undefined],
  ])('citeSource(%j) is %j', (where, expected) => {
    expect(citeSource(where, citations)).toBe(expected);
  });
});

describe('traceFigure', () => {
  const corrected = showFigure({ value: 100, text: '1OO', note: 'Letter O read for zero.', flag: 'unresolved' }, '%', source('Summary'));

  it('names the seed, the reading and the note in the review edition, and marks the figure', () => {
    const trace = traceFigure(corrected, { edition: 'review', citations });
    expect(trace.source).toBe(`${SEED}: Summary`);
    expect(trace.title).toContain('Letter O read for zero.');
    expect(trace.title).toContain(SEED);
    expect([trace.corrected, trace.flagged]).toEqual([true, true]);
  });

  it('gives only the investor citation in the audience edition, with no markers', () => {
    expect(traceFigure(corrected, { edition: 'audience', citations })).toEqual({
      title: 'Source: IIJ 3Q FY2008 results, 12 February 2009, p. 5',
      source: undefined,
      corrected: false,
      flagged: false,
    });
  });
});
