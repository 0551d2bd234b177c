import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
  ratioToPercent,
  showsUnit,
} from '../../src/finance/format.ts';

describe('formatNumber', () => {
  it.each([
    [66835, {}, '66,835'],
    [-1980, {}, '(1,980)'],
    [0, {}, '0'],
    [1234.567, { decimals: 2 }, '1,234.57'],
    [-0.4, {}, '0'],
    [-0.04, { decimals: 1 }, '0.0'],
    [1_234_567_890, {}, '1,234,567,890'],
    [12.5, { decimals: -3 }, '13'],
    [null, {}, EMPTY],
    [undefined, {}, EMPTY],
    [Number.NaN, {}, EMPTY],
    [Number.POSITIVE_INFINITY, {}, EMPTY],
    ['66835', {}, EMPTY],
  ])('formatNumber(%j, %j) → %j', (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [17.1, {}, '17.1%'],
    [-3, {}, '(3.0%)'],
    [100, { decimals: 0 }, '100%'],
    [1234.56, {}, '1,234.6%'],
    [null, {}, EMPTY],
  ])('formatPercent(%j, %j) → %j', (value, options, expected) => {
    expect(formatPercent(value, options)).toBe(expected);
  });
});

describe('formatPoints', () => {
  it.each([
    [1, '1.0 pt'],
    [-0.5, '(0.5) pt'],
    [0, '0.0 pt'],
    [null, EMPTY],
  ])('formatPoints(%j) → %j', (value, expected) => {
    expect(formatPoints(value)).toBe(expected);
  });
});

describe('formatMultiple', () => {
  it.each([
    [12.34, '12.3x'],
    [-2, '(2.0x)'],
  ])('formatMultiple(%j) → %j', (value, expected) => {
    expect(formatMultiple(value)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    [66835, 'JPY million', '66,835'],
    [-1980, 'JPY million', '(1,980)'],
    [66.835, 'JPY billion', '66.8'],
    [-1.98, 'JPY billion', '(2.0)'],
    [17.14, '%', '17.1%'],
    [-3, '%', '(3.0%)'],
    [1, 'pt', '1.0 pt'],
    [-0.5, 'pt', '(0.5) pt'],
    [12.3, 'x', '12.3x'],
    [1234, 'count', '1,234'],
    [123.456, 'JPY', '123.46'],
    [190.1, 'JPY', '190.10'],
    [48, 'JPY', '48'],
    [-0.5, 'points', '(0.5) pt'],
    [12.5, 'Gbps', '12.5'],
    [12.5, 'constructor', '12.5'],
    [42, ' % ', '42.0%'],
    [42, 'stores', '42'],
    [4.25, 'stores', '4.3'],
    [4.25, undefined, '4.3'],
    [null, 'JPY million', EMPTY],
    [null, '%', EMPTY],
  ])('formatValue(%j, %j) → %j', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it('formatValue(value, unit, {decimals}) overrides the unit default', () => {
    expect(formatValue(17.14, '%', { decimals: 2 })).toBe('17.14%');
    expect(formatValue(66835.4, 'JPY million', { decimals: 1 })).toBe('66,835.4');
  });
});

describe('ratioToPercent', () => {
  it.each([
    [0.171, 17.1],
    [-0.03, -3],
    [null, null],
    ['0.1', null],
  ])('ratioToPercent(%j) → %j', (value, expected) => {
    const result = ratioToPercent(value);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected);
  });
});

describe('showsUnit', () => {
  it.each([
    ['%', true],
    ['pt', true],
    ['points', true],
    ['x', true],
    ['JPY million', false],
    ['count', false],
    ['stores', false],
    ['toString', false],
    [undefined, false],
  ])('showsUnit(%j) → %j', (unit, expected) => {
    expect(showsUnit(unit)).toBe(expected);
  });
});
