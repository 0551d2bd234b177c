import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { GENERATED_NOTES } from '../../src/compile/ssr-entry.ts';

// Every results slide of the IIJ decks has speaker notes: the deck file's (the seed's call-outs), or
// talking points generated from the slide's data, marked as generated in the review edition only.
const root = path.resolve(import.meta.dirname, '../..');
const ids = ['iij-fy2007-investor-presentation', 'iij-3q-fy2008-results', 'iij-1q-fy2009-results', 'iij-fy2011-investor-presentation'];
const missing = ids.filter((id) => !existsSync(path.join(root, 'decks', `${id}.yaml`)));
if (missing.length) console.log(`Skipping the speaker-notes test: decks/ lacks ${missing.join(', ')}`);

const RESULTS = ['financial-table', 'financial-chart', 'kpi-summary', 'forecast'];
/** A stated amount or ratio: what makes a highlights slide a results slide. */
const STATED = /JPY\s?[\d,.]*\d|[\d.]*\d\s?%/g;
const states = (text: string) => [...text.matchAll(STATED)].map(([figure]) => figure);

const decoded = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface Slide {
  where: string;
  template: string;
  notes: string;
  text: string;
  /** The figures printed in the slide's tables, cards and charts. */
  figures: string[];
}

function slidesOf(id: string, page: string): Slide[] {
  return [...page.matchAll(/<section class="qd-slide"([^>]*)>([\s\S]*?)<\/section>/g)].map(([, attributes, body], index) => {
    const notes = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(body!)?.[1] ?? '';
    const shown = body!.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '');
    return {
      where: `${id} #/${index} ${decoded(/data-title="([^"]*)"/.exec(attributes!)?.[1] ?? '')}`,
      template: /data-template="([^"]*)"/.exec(attributes!)?.[1] ?? '',
      notes: decoded(notes).trim(),
      text: decoded(shown.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' '),
      figures: [...shown.matchAll(/<(span|td|text)[^>]*class="qd-figure[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)]
        .map(([, , figure]) => decoded(figure!.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, '')).trim())
        .filter((figure) => figure !== '' && figure !== '–'),
    };
  });
}

const isResults = (slide: Slide) => RESULTS.includes(slide.template) || (slide.template === 'highlights' && states(slide.text).length > 0);

describe.skipIf(missing.length > 0)('speaker notes of the IIJ decks', () => {
  const editions = new Map<'audience' | 'review', Slide[]>();

  beforeAll(async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-notes-')), 'dist');
    await build({ root, out });
    for (const [edition, folder] of [['audience', ''], ['review', 'review']] as const) {
      const pages = await Promise.all(ids.map(async (id) => slidesOf(id, await readFile(path.join(out, id, folder, 'index.html'), 'utf8'))));
      editions.set(edition, pages.flat());
    }
  }, 300_000);

  it.each(['audience', 'review'] as const)('gives every results slide notes in the %s edition', (edition) => {
    const slides = editions.get(edition)!;
    const results = slides.filter(isResults);
    expect(results.length).toBeGreaterThan(60);
    expect(results.filter((slide) => slide.notes === '').map((slide) => slide.where)).toEqual([]);
  });

  it('marks generated notes in the review edition and nowhere in the audience edition', () => {
    const review = editions.get('review')!.filter((slide) => slide.notes.startsWith(GENERATED_NOTES));
    expect(review.length).toBeGreaterThan(20);
    expect(editions.get('audience')!.filter((slide) => slide.notes.includes(GENERATED_NOTES)).map((slide) => slide.where)).toEqual([]);
  });

  it('keeps the notes the deck files give, unmarked', () => {
    const written = editions.get('review')!.find((slide) => slide.notes.includes('cost from 4 new subsidiaries of JPY391 million'));
    expect(written?.template).toBe('financial-table');
    expect(written?.notes.startsWith(GENERATED_NOTES)).toBe(false);
  });

  it('puts every figure a slide prints into the notes generated for it', () => {
    const lost: string[] = [];
    for (const slide of editions.get('review')!.filter((s) => s.notes.startsWith(GENERATED_NOTES))) {
      const stated = slide.template === 'highlights' ? states(slide.text) : slide.figures;
      if (slide.template !== 'highlights') expect(stated.length, `${slide.where} has figures`).toBeGreaterThan(0);
      for (const figure of stated) if (!slide.notes.includes(figure)) lost.push(`${slide.where}: ${figure}`);
      // A highlights slide's talking points are its own bullets that state figures, nothing else.
      const points = slide.notes.split('\n\n')[0]!.split('\n').slice(1); // review notes follow a blank line
      if (slide.template === 'highlights') for (const point of points) if (!slide.text.includes(point.replace(/\s+/g, ' '))) lost.push(`${slide.where}: note "${point}" is not on the slide`);
    }
    expect(lost).toEqual([]);
  });
});
