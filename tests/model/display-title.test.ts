import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/project.ts';
import { displayTitle, romanNumeral } from '../../src/model/display-title.ts';

describe('displayTitle', () => {
  it.each([
    ['II -2. Revenues', 'II-2. Revenues'],
    ['II -11. Consolidated Balance Sheets (1/2)', 'II-11. Consolidated Balance Sheets (1/2)'],
    ['I . Summary of FY2008/1Q-3Q (cumulative) Financial Results', 'I. Summary of FY2008/1Q-3Q (cumulative) Financial Results'],
    ['Ⅲ-1. Reference: Consolidated Financial Results for 3Q08', 'III-1. Reference: Consolidated Financial Results for 3Q08'],
    ['Ⅱ-3. Costs', 'II-3. Costs'],
    ['Ⅲ-2. Reference : Forecast for FY2008', 'III-2. Reference: Forecast for FY2008'],
    ['Reference:FY2007 Press Releases (1/2)', 'Reference: FY2007 Press Releases (1/2)'],
    ['※ Forward-looking Statements', 'Forward-looking Statements'],
    ['★ Forward-looking Statements', 'Forward-looking Statements'],
    ['X Contact Information', 'Contact Information'],
    ['II-5. SI ① Revenues', 'II-5. SI ① Revenues'],
    ['Summary of FY2007 Financial Results (1/3)', 'Summary of FY2007 Financial Results (1/3)'],
    ['XBRL Filings', 'XBRL Filings'],
    ['Listed on TSE1:3774', 'Listed on TSE1:3774'],
  ])('displayTitle(%j) is %j', (printed, shown) => {
    expect(displayTitle(printed)).toBe(shown);
  });

  it('leaves a clean title as it is, and is idempotent', () => {
    for (const title of ['II-2. Revenues', 'Reference: IIJ Group Companies (1/3)', 'Agenda']) {
      expect(displayTitle(title)).toBe(title);
      expect(displayTitle(displayTitle(`  ${title}  `))).toBe(title);
    }
  });
});

describe('romanNumeral', () => {
  it.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [40, 'XL'], [1990, 'MCMXC'],
  ])('romanNumeral(%i) is %s', (n, roman) => {
    expect(romanNumeral(n)).toBe(roman);
  });
});

// Every title the four IIJ decks can show: the deck files' titles, and the printed titles of the
// seed slides and data files, which templates fall back on.
const root = path.resolve(import.meta.dirname, '../..');
const iij = path.join(root, 'data/iij');
const printedInData = readdirSync(iij)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => {
    const doc = parse(readFileSync(path.join(iij, file), 'utf8')) as { title?: string; source?: { slide?: string }; slides?: { title?: string }[] };
    return [doc.title, doc.source?.slide, ...(doc.slides ?? []).map((slide) => slide.title)].filter((title): title is string => typeof title === 'string');
  });

describe('displayTitle on every title of the IIJ decks', () => {
  it('leaves no garbled numeral or stray glyph', async () => {
    const project = await loadProject(root);
    const inDecks = project.decks.flatMap((deck) => deck.slides.map((slide) => slide.displayTitle ?? slide.title).filter((title) => title !== undefined));
    expect(project.decks.map((deck) => deck.id).filter((id) => id.startsWith('iij-'))).toHaveLength(4);
    const titles = [...inDecks.map((title) => displayTitle(title)), ...printedInData.map(displayTitle)];
    expect(titles.length).toBeGreaterThan(300);
    const garbled = titles.filter((title) => /II -|I \.|[※★\u2160-\u216f]|^X |\s:|:[A-Za-z]|\(title lost\)/.test(title));
    expect(garbled).toEqual([]);
    // The printed titles did have them: the test would catch a normaliser that did nothing.
    expect(printedInData.filter((title) => /II -|I \.|[※★\u2160-\u216f]|^X /.test(title)).length).toBeGreaterThan(10);
  });
});
