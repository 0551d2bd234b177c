import { describe, expect, it } from 'vitest';
import { plotArea } from '../../src/charts/frame.ts';

describe('plotArea', () => {
  it('plotArea(size with margin) is the rectangle inside the margins', () => {
    expect(plotArea({ width: 400, height: 300, margin: { top: 10, right: 20, bottom: 30, left: 40 } })).toEqual({
      left: 40,
      top: 10,
      right: 380,
      bottom: 270,
      width: 340,
      height: 260,
    });
  });

  it.each([
    ['zero size', { width: 0, height: 0 }],
    ['NaN width', { width: Number.NaN, height: 300 }],
    ['margins wider than the chart', { width: 100, height: 300, margin: { left: 60, right: 60 } }],
    ['null', null as never],
  ])('plotArea(%s) is null', (_, size) => {
    expect(plotArea(size)).toBeNull();
  });
});
