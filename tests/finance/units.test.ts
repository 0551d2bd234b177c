import { describe, expect, it } from 'vitest';
import { dimension, toBaseFactor } from '../../src/finance/units.ts';
import type { Unit } from '../../src/model/ir/index.ts';

describe('dimension / toBaseFactor', () => {
  it.each<[Unit, string, number]>([
    ['JPY million', 'money', 1],
    ['JPY billion', 'money', 1000],
    ['JPY', 'JPY', 1],
    ['%', 'ratio', 1],
    ['points', 'ratio', 1],
    ['count', 'count', 1],
  ])('%s is %s with factor %d', (unit, dim, factor) => {
    expect(dimension(unit)).toBe(dim);
    expect(toBaseFactor(unit)).toBe(factor);
  });
});
