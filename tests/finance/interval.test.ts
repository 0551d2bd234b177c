import { describe, expect, it } from 'vitest';
import { around, evaluateOverBox, overlaps } from '../../src/finance/interval.ts';
import { pctChange } from '../../src/finance/derived.ts';
import { decimalsOf, roundingHalfWidth } from '../../src/finance/units.ts';

describe('evaluateOverBox', () => {
  it('spans the yoy of 66.8 vs 57.1 billion (rounded inputs) so that 17.1% is inside', () => {
    const range = evaluateOverBox(([a, b]) => pctChange(a!, b!), [around(66.8, 0.05), around(57.1, 0.05)])!;
    expect(range.low).toBeLessThan(17.1);
    expect(range.high).toBeGreaterThan(17.0);
    expect(overlaps(around(17.1, 0.05), range)).toBe(true);
  });

  it('is undefined when the function throws at a corner', () => {
    expect(evaluateOverBox(([a, b]) => pctChange(a!, b!), [around(1, 0), around(0, 0)])).toBeUndefined();
  });
});

describe('decimalsOf / roundingHalfWidth', () => {
  it.each([
    [66.8, 1, 0.05],
    [2084, 0, 0.5],
    [0.01, 2, 0.005],
  ])('decimalsOf(%d) is %d, half width %d', (v, d, h) => {
    expect(decimalsOf(v)).toBe(d);
    expect(roundingHalfWidth(d)).toBeCloseTo(h, 10);
  });
});
