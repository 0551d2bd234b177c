import { describe, expect, it } from 'vitest';
import { formatPeriod, isCanonicalPeriod, parsePeriod, priorQuarter, priorYear } from '../../src/finance/periods.ts';
import { CANONICAL_PERIOD, fiscalQuarterOf } from '../../src/model/ir/index.ts';

describe('parsePeriod / formatPeriod', () => {
  it.each([
    ['FY2007', 'FY2007'],
    ['FY07', 'FY2007'],
    ['1Q08', '1Q FY2008'],
    ['3Q FY2008', '3Q FY2008'],
    ['1Q FY2009', '1Q FY2009'],
    ['1H09', '1H FY2009'],
    ['1H FY2008', '1H FY2008'],
    ['2H08', '2H FY2008'],
    ['1Q-3Q FY2008', '1Q-3Q FY2008'],
    ['FY2008/1Q-3Q', '1Q-3Q FY2008'],
  ])('parsePeriod(%j) formats as %j', (text, canonical) => {
    const p = parsePeriod(text);
    expect(p).toBeDefined();
    expect(formatPeriod(p!)).toBe(canonical);
  });

  it.each(['', 'FY', '5Q08', '3H08', '2008', 'Q1 2008', '1Q-4Q FY2008'])('parsePeriod(%j) is undefined', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it.each([
    ['FY2007', true],
    ['1Q FY2008', true],
    ['1Q08', false],
    ['FY07', false],
  ])('isCanonicalPeriod(%j) is %s and agrees with the model pattern', (text, canonical) => {
    expect(isCanonicalPeriod(text)).toBe(canonical);
    expect(CANONICAL_PERIOD.test(text)).toBe(canonical);
  });
});

describe('priorYear / priorQuarter', () => {
  it.each([
    ['FY2007', 'FY2006'],
    ['3Q FY2008', '3Q FY2007'],
    ['1Q-3Q FY2008', '1Q-3Q FY2007'],
    ['1H FY2009', '1H FY2008'],
  ])('priorYear(%s) is %s', (a, b) => {
    expect(formatPeriod(priorYear(parsePeriod(a)!))).toBe(b);
  });

  it.each([
    ['3Q FY2008', '2Q FY2008'],
    ['1Q FY2009', '4Q FY2008'],
  ])('priorQuarter(%s) is %s', (a, b) => {
    expect(formatPeriod(priorQuarter(parsePeriod(a)!)!)).toBe(b);
  });

  it('priorQuarter of a year is undefined', () => {
    expect(priorQuarter(parsePeriod('FY2008')!)).toBeUndefined();
  });
});

describe('fiscalQuarterOf', () => {
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

  it('returns a canonical quarter that parsePeriod reads back as that quarter', () => {
    expect(parsePeriod(fiscalQuarterOf('2008-02-06')!)).toEqual({ type: 'quarter', fy: 2007, quarter: 4 });
  });
});
