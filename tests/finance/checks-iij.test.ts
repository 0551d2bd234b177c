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

  it('sees the 3Q FY2008 operating-income QoQ as a rise: the text\'s "Down 41.2%" does not fit the quarters', () => {
    const c = result.comparisons.find((x) => x.what === 'qoq of operating-income at 3Q FY2008')!;
    expect(c.stated.value).toBe(41.2);
    expect(c.agrees).toBe(true);
    expect(c.textReading).toEqual({ value: -41.2, agrees: false });
    // 2Q08 is not printed: it is 1Q-3Q (1,844) less 1Q (0.4 billion) and 3Q (0.8 billion)
    expect(c.from.map((f) => f.at)).toEqual(['3Q FY2008', '1Q-3Q FY2008', '1Q FY2008', '3Q FY2008']);
  });

  it('keeps the forecast\'s -41.2%: FY2008 target operating income against FY2007, a YoY fall', () => {
    const c = result.comparisons.find((x) => x.what === 'yoy of operating-income at FY2008 (target)' && x.stated.file === '2009-02-forecast.yaml')!;
    expect(c.stated.value).toBe(-41.2);
    expect(c.agrees).toBe(true);
  });
});
