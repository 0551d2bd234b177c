import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { correctedReadings, type CorrectedReading } from '../../src/model/ir/corrected-readings.ts';
import { DataStore } from '../../src/load/data-store.ts';
import { loadDataFiles } from '../../src/load/data-files.ts';

// The project's own IIJ decks and data, built as `npm start` builds them. The audience edition is
// what investors are sent: it must hold none of the review material, not even where CSS could hide it.
const root = path.resolve(import.meta.dirname, '../..');
const decks = {
  'iij-fy2007-investor-presentation': '2008-06',
  'iij-3q-fy2008-results': '2009-02',
  'iij-1q-fy2009-results': '2009-08',
  'iij-fy2011-investor-presentation': '2012-05',
};
const missing = Object.keys(decks).filter((id) => !existsSync(path.join(root, 'decks', `${id}.yaml`)));
if (missing.length) console.log(`Skipping the edition test: decks/ lacks ${missing.join(', ')}`);

/** The page's text and attributes as a reader gets them: Svelte's escapes undone. */
const decoded = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const derivedKey = /\b(yoy|qoq|pct-change|change|ratio|ratio-change|sum|difference) (\d{4}-\d{2}-\d{2}|\d?[QH]?\s?FY\d{4}|FY\d{4})/;

describe.skipIf(missing.length > 0)('the two editions of the IIJ decks', () => {
  let out: string;
  let readings: CorrectedReading[];
  let flags: string[];

  beforeAll(async () => {
    out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-editions-')), 'dist');
    await build({ root, out });
    const { documents } = await loadDataFiles(root, new DataStore(root));
    readings = correctedReadings(documents.map(({ file, doc }) => ({ file, doc })));
    flags = [...JSON.stringify(documents.map(({ doc }) => doc)).matchAll(/"flag":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  }, 300_000);

  async function audienceFiles(): Promise<{ file: string; text: string }[]> {
    const files = ['index.html', ...Object.keys(decks).map((id) => `${id}/index.html`)];
    return Promise.all(files.map(async (file) => ({ file, text: decoded(await readFile(path.join(out, file), 'utf8')) })));
  }

  it('builds every deck twice, the review edition at <id>/review/', async () => {
    for (const id of Object.keys(decks)) {
      const folder = await readdir(path.join(out, id));
      expect(folder.sort()).toEqual(['index.html', 'review']);
      expect(existsSync(path.join(out, id, 'review', 'index.html'))).toBe(true);
    }
  });

  it('has review material to look for', () => {
    expect(readings.length).toBeGreaterThan(40);
    expect(flags.length).toBeGreaterThan(0);
    expect(readings.filter((reading) => derivedKey.test(reading.what)).length).toBeGreaterThan(0);
  });

  it('puts no correction note, seed file name, internal key, flag or not-in-source box in any audience file', async () => {
    const found: string[] = [];
    for (const { file, text } of await audienceFiles()) {
      const seeds = text.match(/\d{3}_[0-9a-f]{16}\.txt/g);
      if (seeds) found.push(`${file}: seed file ${seeds[0]}`);
      for (const { note } of readings) if (text.includes(note)) found.push(`${file}: note "${note}"`);
      for (const { what } of readings) if (derivedKey.test(what) && text.includes(what)) found.push(`${file}: key "${what}"`);
      for (const flag of flags) if (text.includes(flag)) found.push(`${file}: flag "${flag}"`);
      for (const words of ['nothing is drawn here', 'as an image in the original deck', 'kept as printed', 'The text reads', 'corrected readings']) {
        if (text.includes(words)) found.push(`${file}: "${words}"`);
      }
      const marked = text.match(/class="[^"]*\bqd-(corrected|flagged|correction|not-in-source)\b[^"]*"|data-source=/);
      if (marked) found.push(`${file}: ${marked[0]}`);
      if (/data-template="(corrections)"/.test(text)) found.push(`${file}: an appendix slide`);
    }
    expect(found).toEqual([]);
  });

  it('cites sources in investor language in the audience edition', async () => {
    const deck = (await audienceFiles()).find(({ file }) => file.startsWith('iij-3q-fy2008-results/'))!;
    expect(deck.text).toMatch(/title="Source: IIJ 3Q FY2008 results, 12 February 2009, p\. \d+"/);
  });

  it('gives every cited figure of the four decks its page', async () => {
    const pageless: string[] = [];
    for (const { file, text } of await audienceFiles()) {
      for (const [, cited] of text.matchAll(/title="(Source: [^"]*)"/g)) if (!/, p\. \d+$/.test(cited!)) pageless.push(`${file}: ${cited}`);
    }
    expect([...new Set(pageless)]).toEqual([]);
  });

  it('keeps every corrected reading and its note in the review editions', async () => {
    const lost: string[] = [];
    for (const [id, prefix] of Object.entries(decks)) {
      const text = decoded(await readFile(path.join(out, id, 'review', 'index.html'), 'utf8'));
      for (const reading of readings.filter(({ file }) => file.startsWith(`data/iij/${prefix}-`))) {
        if (!text.includes(reading.note)) lost.push(`${id}: note of ${reading.file} ${reading.path.join('.')}`);
        if (reading.text !== undefined && !text.includes(reading.text)) lost.push(`${id}: reading "${reading.text}" of ${reading.file}`);
      }
      expect(text).toMatch(/class="[^"]*\bqd-corrected\b/);
      expect(text).toContain('class="qd-edition-badge"');
    }
    expect(lost).toEqual([]);
  });
});
