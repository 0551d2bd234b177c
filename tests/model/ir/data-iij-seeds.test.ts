import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../src/finance/collect.ts';
import { explainSkippedSeeds, seedsDir as SEEDS, seedsMissing } from '../../helpers/seeds.ts';
import { loadIij } from './load-iij.ts';

// Nothing is invented: every figure and every stated figure in data/iij must be printed in its seed,
// as the seed prints it (with or without thousands separators). Corrected figures (with `text:`) are
// the exception; their notes say why they differ from the text.
const docs = loadIij().flatMap((f) => (f.doc ? [{ file: f.file, doc: f.doc }] : []));
const { facts, stated } = collect(docs);
const seedText = new Map<string, string>();
const seed = (name: string) => {
  if (!seedText.has(name)) seedText.set(name, readFileSync(join(SEEDS, name), 'utf8'));
  return seedText.get(name)!;
};

function spellings(value: number, decimals: number): string[] {
  const plain = Math.abs(value).toFixed(Math.max(decimals, 0));
  const grouped = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: Math.max(decimals, 0),
    maximumFractionDigits: Math.max(decimals, 0),
  });
  return [plain, grouped];
}

explainSkippedSeeds('data/iij against the seeds');
describe.skipIf(seedsMissing)('data/iij against the seeds', () => {
  it('every uncorrected figure is printed in its seed', () => {
    const missing = [...facts, ...stated]
      .filter((f) => f.text === undefined)
      .filter((f) => !spellings(f.value, f.decimals).some((s) => seed(f.source.seed).includes(s)))
      .map((f) => `${f.file}: ${f.value} (${'metric' in f ? f.metric : f.of ?? f.terms?.join('+')}) not in ${f.source.seed}`);
    expect(missing).toEqual([]);
  });
});
