import { describe, expect, it } from 'vitest';
import { checkStatedFigures } from '../../src/finance/checks.ts';
import { loadIij } from '../model/ir/load-iij.ts';

const docs = loadIij().flatMap((f) => (f.doc ? [{ file: f.file, doc: f.doc }] : []));
const result = checkStatedFigures(docs);

const where = (x: { file: string; source: { slide: string } }) => `${x.file} «${x.source.slide}»`;

describe('checkStatedFigures on data/iij', () => {
  it('reports the stated-versus-computed comparisons', () => {
    const { comparisons, differences, uncomputed } = result;
    const lines = [
      `stated-vs-computed comparisons: ${comparisons.length} (same figure printed twice: ${comparisons.filter((c) => c.derived === 'same-figure').length})`,
      `differences beyond rounding: ${differences.length} (explained by a note: ${differences.filter((d) => d.explained).length})`,
      `stated figures not computable from the text (inputs were chart images): ${uncomputed.length}`,
      ...differences.map(
        (d) =>
          `  ${d.explained ? 'explained' : 'UNEXPLAINED'}: ${d.what}: stated ${d.stated.value} ${d.stated.unit} (${where(d.stated)}) vs computed ${d.computed.value.toFixed(2)} from ${d.from.map(where).join(' + ')}`,
      ),
    ];
    console.log(lines.join('\n'));
    expect(comparisons.length).toBeGreaterThan(0);
  });

  it('finds every numeric correction supported: the text\'s own reading would not agree', () => {
    const corrections = result.comparisons.filter((c) => c.textReading !== undefined);
    console.log(`corrected figures checked against their text's reading: ${corrections.length}`);
    const unsupported = corrections
      .filter((c) => c.textReading!.agrees)
      .map((c) => `${c.what}: text ${c.textReading!.value} would agree too (${where(c.stated)})`);
    expect(unsupported).toEqual([]);
  });

  it('finds every difference explained by a note', () => {
    const unexplained = result.differences
      .filter((d) => !d.explained)
      .map((d) => `${d.what}: stated ${d.stated.value} in ${where(d.stated)}, computed ${d.computed.value} from ${d.from.map(where).join(', ')}`);
    expect(unexplained).toEqual([]);
  });
});
