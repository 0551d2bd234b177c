import { describe, expect, it } from 'vitest';
import { checkStatedFigures } from '../../src/finance/checks.ts';
import { loadIij } from '../model/ir/load-iij.ts';

const docs = loadIij().flatMap((f) => (f.doc ? [{ file: f.file, doc: f.doc }] : []));
const result = checkStatedFigures(docs);

const where = (x: { file: string; source: { slide: string } }) => `${x.file} «${x.source.slide}»`;

describe('checkStatedFigures on data/iij', () => {
  // The counts change only when data/iij gains or loses a stated figure: update them with the data.
  // 490: the FY2007 results table records the ratios other slides state (operating margin 7.1% and
  // its +1.0 pt, SG&A/R&D 13.8% of revenues) so that it and the KPI slide print them, and the FY2011
  // results table carries the summary slide's four FY2012 targets (each also in the forecast table)
  // and their four stated YoY, for the KPI slide. 505: the charts add three stated figures from the
  // 1Q FY2009 II-1 (SG&A split) and 12 same-figure duplicates (ATM results, recurring shares).
  it('compares 505 stated figures, 168 of them the same figure printed twice; 218 cannot be computed', () => {
    expect(result.comparisons).toHaveLength(505);
    expect(result.comparisons.filter((c) => c.derived === 'same-figure')).toHaveLength(168);
    expect(result.uncomputed).toHaveLength(218);
  });

  it('finds exactly the three differences beyond rounding that a note explains', () => {
    const differences = result.differences.map((d) => ({
      explained: d.explained,
      what: d.what,
      stated: `${d.stated.value} ${d.stated.unit} in ${where(d.stated)}`,
      computed: Number(d.computed.value.toFixed(2)),
      from: d.from.map(where),
    }));
    expect(differences).toEqual([
      {
        explained: true,
        what: 'same figure: revenue at FY2007',
        stated: '66.9 JPY billion in 2008-06-summary.yaml «Summary of FY2007 Financial Results»',
        computed: 66.83,
        from: ['2008-06-revenues.yaml «Revenues»'],
      },
      {
        explained: true,
        what: 'same figure: sga-rd at 3Q FY2008',
        stated: '2.6 JPY billion in 2009-02-income-statement-3q.yaml «Ⅲ-1. Reference: Consolidated Financial Results for 3Q08»',
        computed: 2.53,
        from: ['2009-08-sga-quarterly.yaml «II-7. SG&A Expenses/R&D»'],
      },
      {
        explained: true,
        what: 'change of net-income at FY2008 (target)',
        stated: '0.2 JPY billion in 2008-06-forecast.yaml «Forecast for FY2008»',
        computed: 0.02,
        from: ['2008-06-forecast.yaml «Forecast for FY2008»', '2008-06-operating-net-income.yaml «Operating and Net Income»'],
      },
    ]);
  });

  it('finds every numeric correction supported: the text\'s own reading would not agree', () => {
    const corrections = result.comparisons.filter((c) => c.textReading !== undefined);
    expect(corrections).toHaveLength(11);
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
