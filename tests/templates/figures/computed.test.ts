import { describe, expect, it } from 'vitest';
import { comparison, coarser, percentOfRevenue, type CellContext } from '../../../src/templates/figures/computed.ts';
import { tableDocumentSchema, type TableData } from '../../../src/model/slides/ir-data.ts';
import { incomeStatement } from '../ir-fixtures.ts';

const doc: TableData = tableDocumentSchema.parse({
  ...incomeStatement,
  rows: [
    ...incomeStatement.rows,
    { metric: 'operating-margin', label: 'Operating margin', unit: '%', values: { FY07: 7.1, FY06: 6.1 } },
    { metric: 'mixed', label: 'Mixed', values: { FY07: { value: 4759, unit: 'JPY million' }, FY06: 3.5 } },
  ],
});
const [FY07, FY06] = doc.columns as [TableData['columns'][number], TableData['columns'][number]];
const ctx = (metric: string): CellContext => ({
  row: doc.rows.find((r) => r.metric === metric)!,
  rows: doc.rows,
  unit: doc.unit,
  decimals: doc.decimals,
  source: doc.source,
});

describe('comparison', () => {
  it.each([
    ['yoy', 'revenue', '17.1%', 17.1],
    ['change', 'revenue', '9.7', 9.7],
    ['yoy', 'net-loss', '–', null],
    ['yoy', 'operating-margin', '1.0 pt', 1],
    ['change', 'mixed', '–', null],
  ] as const)('comparison(%s) of %s prints %s', (kind, metric, text, value) => {
    const shown = comparison(kind, FY07, FY06, ctx(metric));
    expect(shown.text).toBe(text);
    if (value === null) expect(shown.value).toBeNull();
    else expect(shown.value).toBeCloseTo(value, 2);
  });

  it('comparison prints the stated YoY and keeps the computed one for the tooltip', () => {
    const shown = comparison('yoy', FY07, FY06, ctx('revenue'));
    expect(shown.computed).toBe('YoY of FY07 against FY06. As the deck states it; from the figures shown it computes to 17.0%');
  });

  it('comparison says why a cell is empty', () => {
    expect(comparison('yoy', FY07, FY06, ctx('net-loss')).computed).toContain('the base is 0');
    expect(comparison('change', FY07, FY06, ctx('mixed')).computed).toContain('the units differ');
  });
});

describe('percentOfRevenue', () => {
  it.each([
    ['total-costs', '79.2%'],
    ['mixed', '7.1%'],
    ['eps', '–'],
  ])('percentOfRevenue of %s prints %s, converting units of money', (metric, text) => {
    expect(percentOfRevenue(FY07, 'revenue', ctx(metric)).text).toBe(text);
  });

  it('percentOfRevenue without the revenue row prints a dash', () => {
    expect(percentOfRevenue(FY07, 'sales', ctx('total-costs')).text).toBe('–');
  });
});

describe('coarser', () => {
  it.each([
    [1, 2, 1],
    [2, undefined, 2],
    [undefined, undefined, undefined],
  ])('coarser(%s, %s) is %s', (a, b, expected) => {
    expect(coarser(a, b)).toBe(expected);
  });
});

describe('percentOfRevenue without the revenue row', () => {
  it('prints the ratio the deck states, and says it cannot be computed here', () => {
    const sga: TableData = tableDocumentSchema.parse({
      ...incomeStatement,
      rows: [{ metric: 'sga', label: 'SG&A', values: { FY07: 9.2, FY06: 7.6 }, stated: [{ derived: 'ratio', at: 'FY2007', value: 13.8 }] }],
    });
    const row = sga.rows[0]!;
    const shown = percentOfRevenue(FY07, 'revenue', { row, rows: sga.rows, unit: sga.unit, decimals: sga.decimals, source: sga.source });
    expect(shown.text).toBe('13.8%');
    expect(shown.computed).toMatch(/As the deck states it; the figures to compute it are not in the data$/);
    expect(percentOfRevenue(FY06, 'revenue', { row, rows: sga.rows, unit: sga.unit, decimals: sga.decimals, source: sga.source }).text).toBe('–');
  });
});
