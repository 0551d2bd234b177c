import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf, formatDate, formatMonth, formatShortDate } from '../../../src/templates/figures/dates.ts';
import { actualColumn, forecastColumns, targetColumn } from '../../../src/templates/figures/forecast.ts';
import { priorYearColumn, yearEarlier } from '../../../src/templates/figures/kpi.ts';
import { forecastDocumentSchema } from '../../../src/model/slides/ir-data.ts';
import { forecast } from '../ir-fixtures.ts';

const columns = forecastDocumentSchema.parse(forecast).columns;

describe('yearEarlier', () => {
  it.each([
    ['FY2007', 'FY2006'],
    ['1Q FY2008', '1Q FY2007'],
    ['1Q-3Q FY2008', '1Q-3Q FY2007'],
    ['2008-03-31', '2007-03-31'],
    ['next year', undefined],
  ])('yearEarlier(%s) is %s', (at, expected) => {
    expect(yearEarlier(at)).toBe(expected);
  });
});

describe('priorYearColumn, targetColumn, actualColumn', () => {
  it('targetColumn picks the last full-year target; actualColumn the actuals a year before it', () => {
    expect(targetColumn(columns)?.id).toBe('FY08');
    expect(actualColumn(columns, targetColumn(columns))?.id).toBe('FY07');
  });

  it('priorYearColumn matches the basis: a target has no target a year before', () => {
    expect(priorYearColumn(columns, columns[1]!)).toBeUndefined();
  });

  it('forecastColumns adds the change and YoY of the target against the actuals', () => {
    expect(forecastColumns(columns, {})).toEqual([
      '1H08',
      'FY08',
      'FY07',
      { column: 'FY08', computed: 'change', base: 'FY07', label: 'YoY change' },
      { column: 'FY08', computed: 'yoy', base: 'FY07', label: 'YoY' },
    ]);
    expect(forecastColumns(columns.slice(2), {})).toEqual(['FY07']);
  });
});

describe('dates', () => {
  it.each([
    ['2007-04-02', '1Q FY2007'],
    ['2007-06-30', '1Q FY2007'],
    ['2007-07-01', '2Q FY2007'],
    ['2007-12-17', '3Q FY2007'],
    ['2008-01-21', '4Q FY2007'],
    ['2008-03-31', '4Q FY2007'],
    ['April 2007', undefined],
  ])('fiscalQuarterOf(%s) is %s (the fiscal year starts in April)', (date, quarter) => {
    expect(fiscalQuarterOf(date)).toBe(quarter);
  });

  it('formats dates and months in English, whatever the machine’s time zone', () => {
    expect(formatDate('2008-03-31')).toBe('March 31, 2008');
    expect(formatShortDate('2008-03-01')).toBe('Mar 1');
    expect(formatMonth('1992-12')).toBe('December 1992');
    expect(formatMonth('soon')).toBe('soon');
  });
});
