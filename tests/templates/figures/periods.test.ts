import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate } from '../../../src/templates/figures/dates.ts';
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
    ['2008-03-31', '31 March 2008'],
    ['2025-05-14', '14 May 2025'],
    ['2009-02-01', '1 February 2009'],
    ['2008-06', 'June 2008'],
    ['1992-12', 'December 1992'],
    ['soon', 'soon'],
  ])('formatDate(%s) is %s, in the one locale of every printed date', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });

  it('formats a short date without the year, whatever the machine’s time zone', () => {
    expect(formatShortDate('2008-03-01')).toBe('1 Mar');
    expect(formatShortDate('2008-02')).toBe('2008-02');
  });
});
