import { describe, expect, it } from 'vitest';
import { GENERATED_NOTES, renderDeckSlides } from '../../src/compile/ssr-entry.ts';
import type { DeckInfo } from '../../src/model/deck.ts';
import type { Citations, Edition } from '../../src/model/edition.ts';
import type { ResolvedSlide } from '../../src/model/resolved.ts';
import { templateSchemas, type TemplateName } from '../../src/model/slides/index.ts';
import { incomeStatement, SEED } from '../templates/ir-fixtures.ts';

const citations: Citations = new Map([[SEED, { citation: 'Acme FY2007 results', published: '2008-05-14', pages: ['Cover', 'Consolidated Financial Results'] }]]);

/** A slide as the loader resolves it: options through the template's schema, editions from both. */
function slide(name: TemplateName, input: { title?: string; data?: unknown; options?: unknown; edition?: Edition; notes?: string; reviewNotes?: string }): ResolvedSlide {
  const schema = templateSchemas[name];
  const options = schema.options.parse(input.options) as Record<string, unknown>;
  const allowed: readonly Edition[] = 'editions' in schema ? (schema.editions as (o: unknown) => readonly Edition[])(options) : ['audience', 'review'];
  return {
    template: { kind: 'builtin', name },
    written: { file: 'decks/test.yaml', line: 1, column: 1, path: ['slides', 0] },
    title: input.title,
    notes: input.notes,
    reviewNotes: input.reviewNotes,
    editions: allowed.filter((edition) => input.edition === undefined || input.edition === edition),
    data: schema.data.parse(input.data),
    options,
    images: [],
  };
}

const slides = [
  slide('financial-table', { title: 'Results', data: incomeStatement, notes: 'Revenue grew.', reviewNotes: 'The text lost a decimal point.' }),
  slide('not-in-source', { title: 'Client Base', data: { bullets: ['Not dependent on one industry'] }, options: { what: 'a chart', audience: 'text' } }),
  slide('not-in-source', { title: 'Market Size', data: { bullets: ['Market Size of Data Centers'] }, options: { what: 'two charts' } }),
  slide('section', { title: 'For the IR team', edition: 'review' }),
  slide('section', { title: 'Questions', edition: 'audience' }),
];

const render = (edition: Edition) =>
  renderDeckSlides(
    { id: 'acme', title: 'Results', date: '2008-05', company: 'Acme', theme: 'quarterdeck', lang: 'en', edition, citations } satisfies DeckInfo,
    slides,
    new Map(),
    new Map(),
  ).body;

const sections = (html: string) => [...html.matchAll(/<section class="qd-slide" data-template="([^"]+)" data-title="([^"]*)" data-qd-slide="(\d+)"/g)].map((m) => `${m[3]} ${m[2]}`);

describe('renderDeckSlides', () => {
  it('leaves out the slides of the other edition, keeping each slide’s place in the deck file', () => {
    expect(sections(render('audience'))).toEqual(['0 Results', '1 Client Base', '4 Questions']);
    expect(sections(render('review'))).toEqual(['0 Results', '1 Client Base', '2 Market Size', '3 For the IR team']);
  });

  it('gives the audience edition no markers, seed names, notes or not-in-source box', () => {
    const html = render('audience');
    expect(html).not.toMatch(/class="[^"]*qd-(corrected|flagged)/);
    for (const text of [SEED, 'The text lost the decimal point.', 'The text reads', 'nothing is drawn here', 'The text lost a decimal point.', 'Market Size of Data Centers']) {
      expect(html).not.toContain(text);
    }
    expect(html).toContain('title="Source: Acme FY2007 results, 14 May 2008, p. 2"');
    expect(html).toContain('Not dependent on one industry');
    expect(html).toContain('<aside class="notes">Revenue grew.</aside>');
  });

  it('keeps everything in the review edition, review notes after the notes', () => {
    const html = render('review');
    expect(html).toMatch(/class="[^"]*qd-corrected/);
    expect(html).toContain(`data-source="${SEED}: Consolidated Financial Results"`);
    expect(html).toContain('The text lost the decimal point.');
    expect(html).toContain('nothing is drawn here');
    expect(html).toContain('<aside class="notes">Revenue grew.\n\nThe text lost a decimal point.</aside>');
  });

  describe('a results slide whose deck file gives no notes', () => {
    const generated = [
      slide('financial-table', { title: 'Results', data: incomeStatement, options: { rows: ['revenue'] }, reviewNotes: 'Checked.' }),
      slide('section', { title: 'Outlook' }),
    ];
    const renderGenerated = (edition: Edition) =>
      renderDeckSlides({ id: 'acme', title: 'Results', date: '2008-05', company: 'Acme', theme: 'quarterdeck', lang: 'en', edition, citations }, generated, new Map(), new Map()).body;
    const points = 'Unit: JPY billion\nTotal Revenues: FY07 66.8; FY06 57.1';

    it('gets talking points from its data, plain in the audience edition', () => {
      const html = renderGenerated('audience');
      expect(html).toContain(`<aside class="notes">${points}</aside>`);
      expect(html).not.toContain(GENERATED_NOTES);
      expect(html.match(/<aside class="notes">/g)).toHaveLength(1);
    });

    it('marks them as generated in the review edition, before its review notes', () => {
      expect(renderGenerated('review')).toContain(`<aside class="notes">${GENERATED_NOTES}\n${points}\n\nChecked.</aside>`);
    });
  });
});

describe('renderDeckSlides display titles', () => {
  const titled = [
    slide('highlights', { title: 'II -2. Revenues', data: ['Up 10.3% YoY'] }),
    { ...slide('highlights', { title: '(title lost) FY2012 target', data: ['JPY 10 billion'] }), displayTitle: 'III-4. FY2012 Target' },
    slide('highlights', { title: 'Agenda', data: ['Results'] }),
  ];
  const render = (edition: Edition) =>
    renderDeckSlides({ id: 'acme', title: 'Results', date: '2008-05', company: 'Acme', theme: 'quarterdeck', lang: 'en', edition, citations }, titled, new Map(), new Map()).body;
  const titles = (html: string) => [...html.matchAll(/<h2 class="qd-title[^"]*"([^>]*)>([^<]*)<\/h2>/g)].map((m) => [m[2], m[1]!.trim()]);

  it('shows the normalised title, or the deck file\'s displayTitle, and keeps the printed title in data-title', () => {
    const html = render('audience');
    expect(titles(html)).toEqual([
      ['II-2. Revenues', ''],
      ['III-4. FY2012 Target', ''],
      ['Agenda', ''],
    ]);
    expect(html).toContain('data-title="II -2. Revenues"');
  });

  it('names the printed title on the title in the review edition, where it differs', () => {
    expect(titles(render('review'))).toEqual([
      ['II-2. Revenues', 'title="Printed title: II -2. Revenues" data-printed-title="II -2. Revenues"'],
      ['III-4. FY2012 Target', 'title="Printed title: (title lost) FY2012 target" data-printed-title="(title lost) FY2012 target"'],
      ['Agenda', ''],
    ]);
  });
});
