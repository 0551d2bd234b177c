import { describe, expect, it } from 'vitest';
import { change, grossMargin, marginRatio, pctChange, pctOfRevenue, pointsChange, qoq, ratio, sum, yoy } from '../../src/finance/derived.ts';

// Every case is a figure a seed states, computed from the figures the same seed states.
const S000 = 'seed 000';
describe('derived figures against the seeds', () => {
  it.each([
    ['yoy SI gross margin FY07 (21.1%)', () => yoy(8475, 6998), 21.1, 1, S000],
    ['yoy connectivity gross margin FY07 (38.2%)', () => yoy(5263, 3808), 38.2, 1, S000],
    ['yoy net income per share FY08 target (0.3%)', () => yoy(25184, 25100), 0.3, 1, S000],
    ['yoy total revenues FY07 from 66,835 vs 57.1 billion (17.1%)', () => yoy(66835, 57100), 17.1, 0, S000],
    ['yoy 1Q-3Q FY2008 revenue 50,789 vs 48.3 billion (5.0%)', () => yoy(50789, 48300), 5.0, 0, 'seed 002'],
    ['yoy net income 3Q08 (-0.01 vs 0.6 billion, stated down 102.2%)', () => yoy(-0.01, 0.6), -101.7, 1, 'seed 002'],
    ['qoq systems construction 3Q08 (470 on 3,254, up 14.4%)', () => qoq(3724, 3724 - 470), 14.4, 1, 'seed 002'],
    ['change cash March 2008 vs March 2007 ((2,084))', () => change(11471, 13555), -2084, 0, S000],
    ['change total assets ((3,144) in seed 002)', () => change(52558, 55703), -3145, 0, 'seed 002'],
    ['grossMargin connectivity FY07 revenue = cost 26,040 + margin 5,263', () => grossMargin(31303, 26040), 5263, 0, S000],
    ['marginRatio connectivity FY07 (16.8%)', () => marginRatio(5263, 31303), 16.8, 1, S000],
    ['pctOfRevenue SI gross margin FY07 (24.9%)', () => pctOfRevenue(8475, 34018), 24.9, 1, S000],
    ['pointsChange connectivity gross margin ratio (+1.2 points)', () => pointsChange(16.8, 15.6), 1.2, 1, S000],
    ['sum ATM revenue FY11 (1,324)', () => sum([244, 317, 361, 402]), 1324, 0, 'seed 003'],
    ['pctChange EPS FY2012 target (9.9%)', () => pctChange(19735, 17964), 9.9, 1, 'seed 003'],
    ['ratio IIJ-Global operating margin FY2011 (8.4%)', () => ratio(2187, 26118), 8.4, 1, 'seed 003'],
  ])('%s', (_title, fn, expected, digits) => {
    expect(fn()).toBeCloseTo(expected, digits);
  });
});

describe('derived figures refuse bad input', () => {
  it.each([
    ['pctChange with base 0', () => pctChange(1, 0)],
    ['ratio with whole 0', () => ratio(1, 0)],
    ['change with NaN', () => change(Number.NaN, 1)],
    ['sum with Infinity', () => sum([1, Infinity])],
  ])('%s throws RangeError', (_title, fn) => {
    expect(fn).toThrow(RangeError);
  });
});
