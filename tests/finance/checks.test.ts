import { describe, expect, it } from 'vitest';
import { checkStatedFigures } from '../../src/finance/checks.ts';
import { irDocumentSchema, type IrDocument } from '../../src/model/ir/index.ts';

const s000 = { seed: '000_9e66fd0b7d2bdcb7.txt', slide: 'Revenues' };
const s002 = { seed: '002_e18db2df6828c544.txt', slide: 'Ⅲ-2. Reference : Forecast for FY2008' };
const doc = (d: unknown): IrDocument => irDocumentSchema.parse(d);

const fy07 = doc({
  kind: 'statements',
  source: s000,
  facts: [
    { metric: 'revenue', at: 'FY2007', value: 66835, unit: 'JPY million' },
    { metric: 'revenue', at: 'FY2006', value: 57.1, unit: 'JPY billion' },
  ],
});

describe('checkStatedFigures', () => {
  it('computes a yoy stated in one file from figures in another, naming both sources', () => {
    const other = doc({
      kind: 'statements',
      source: s002,
      stated: [{ derived: 'yoy', of: 'revenue', at: 'FY2007', value: 17.1 }],
    });
    const { comparisons, differences } = checkStatedFigures([
      { file: 'a.yaml', doc: fy07 },
      { file: 'b.yaml', doc: other },
    ]);
    const c = comparisons.find((x) => x.derived === 'yoy')!;
    expect(c.agrees).toBe(true);
    expect(c.stated.source).toEqual(s002);
    expect(c.from.map((f) => f.source)).toEqual([s000, s000]);
    expect(differences).toEqual([]);
  });

  it('compares one figure printed at two precisions (66,835 million and 66.8 billion)', () => {
    const billion = doc({ kind: 'statements', source: s002, facts: [{ metric: 'revenue', at: 'FY2007', value: 66.8, unit: 'JPY billion' }] });
    const { comparisons } = checkStatedFigures([{ file: 'a.yaml', doc: fy07 }, { file: 'b.yaml', doc: billion }]);
    expect(comparisons.filter((c) => c.derived === 'same-figure').map((c) => c.agrees)).toEqual([true]);
  });

  it.each([
    ['without a note it is unexplained', undefined, false],
    ['with a note it is explained', 'The deck states 18.0%; 66,835 on 57.1 billion is 17.1%.', true],
  ])('reports a difference beyond rounding: %s', (_t, note, explained) => {
    const wrong = doc({ kind: 'statements', source: s002, stated: [{ derived: 'yoy', of: 'revenue', at: 'FY2007', value: 18.0, decimals: 1, ...(note ? { note } : {}) }] });
    const { differences } = checkStatedFigures([{ file: 'a.yaml', doc: fy07 }, { file: 'b.yaml', doc: wrong }]);
    expect(differences).toHaveLength(1);
    expect(differences[0]!.explained).toBe(explained);
    expect(differences[0]!.computed.value).toBeCloseTo(17.05, 1);
  });

  it('reports a stated figure whose inputs are missing as uncomputed, not as a difference', () => {
    const lone = doc({ kind: 'statements', source: s002, stated: [{ derived: 'qoq', of: 'revenue', at: '4Q FY2007', value: 5.1 }] });
    const r = checkStatedFigures([{ file: 'b.yaml', doc: lone }]);
    expect(r.differences).toEqual([]);
    expect(r.uncomputed[0]!.missing).toEqual(['revenue at 4Q FY2007 (actual)', 'revenue at 3Q FY2007 (actual)']);
  });

  it('checks a balance-sheet change column between two dates', () => {
    const bs = doc({
      kind: 'balance-sheet',
      source: { seed: '000_9e66fd0b7d2bdcb7.txt', slide: 'Consolidated Balance Sheets' },
      unit: 'JPY million',
      columns: [{ id: 'Mar08', at: '2008-03-31' }, { id: 'Mar07', at: '2007-03-31' }],
      rows: [{ metric: 'cash', label: 'Cash', values: { Mar08: 11471, Mar07: 13555 }, stated: [{ derived: 'change', at: '2008-03-31', base: '2007-03-31', value: -2084 }] }],
    });
    const { comparisons } = checkStatedFigures([{ file: 'bs.yaml', doc: bs }]);
    expect(comparisons.map((c) => [c.derived, c.agrees])).toEqual([['change', true]]);
  });

  describe('a quarter no slide prints, taken from a cumulative span less its other quarters', () => {
    const quarters = (facts: { at: string; value: number; unit: string }[]) =>
      doc({ kind: 'statements', source: s002, facts: facts.map((f) => ({ metric: 'operating-income', ...f })) });
    const printed = quarters([
      { at: '1Q-3Q FY2008', value: 1844, unit: 'JPY million' },
      { at: '1Q FY2008', value: 0.4, unit: 'JPY billion' },
      { at: '3Q FY2008', value: 0.8, unit: 'JPY billion' },
    ]);
    const qoq = (value: number) =>
      doc({ kind: 'statements', source: s002, stated: [{ derived: 'qoq', of: 'operating-income', at: '3Q FY2008', value }] });

    it.each([
      ['agrees with the rise the figures imply', 41.2, true],
      ['disagrees with a fall', -41.2, false],
    ])('computes a qoq whose prior quarter is 1Q-3Q less 1Q and 3Q: %s', (_t, value, agrees) => {
      const { comparisons } = checkStatedFigures([{ file: 'a.yaml', doc: printed }, { file: 'b.yaml', doc: qoq(value) }]);
      const c = comparisons.find((x) => x.derived === 'qoq')!;
      expect(c.agrees).toBe(agrees);
      // 2Q = 1,844 - 400 - 800 = 644, and 800 on 644 is +24%; the range allows for the billions' rounding
      expect(c.computed.value).toBeCloseTo(24.2, 1);
      expect(c.computed.low).toBeLessThan(41.2);
      expect(c.from.map((f) => f.at)).toEqual(['3Q FY2008', '1Q-3Q FY2008', '1Q FY2008', '3Q FY2008']);
    });

    it('leaves the qoq uncomputed when one of the other quarters is missing too', () => {
      const partial = quarters([
        { at: '1Q-3Q FY2008', value: 1844, unit: 'JPY million' },
        { at: '3Q FY2008', value: 0.8, unit: 'JPY billion' },
      ]);
      const r = checkStatedFigures([{ file: 'a.yaml', doc: partial }, { file: 'b.yaml', doc: qoq(41.2) }]);
      expect(r.comparisons.filter((c) => c.derived === 'qoq')).toEqual([]);
      expect(r.uncomputed[0]!.missing).toEqual(['operating-income at 2Q FY2008 (actual)']);
    });
  });
});
