import { describe, expect, it } from 'vitest';
import { cleanChartData, px } from '../../src/charts/data.ts';

describe('cleanChartData', () => {
  it.each([
    ['null', null, { categories: [], series: [] }],
    ['a string', 'FY2024', { categories: [], series: [] }],
    ['an array', [1, 2], { categories: [], series: [] }],
    ['no categories', { series: [] }, { categories: [], series: [] }],
    ['no series', { categories: ['A'] }, { categories: ['A'], series: [] }],
    [
      'short, long and bad values',
      { categories: ['A', 'B', 3], series: [{ name: 'S', values: [1, 'x', Number.NaN, 4] }, { values: [2] }] },
      {
        categories: ['A', 'B', ''],
        series: [
          { name: 'S', values: [1, null, null] },
          { name: 'Series 2', values: [2, null, null] },
        ],
      },
    ],
    ['a non-object series', { categories: ['A'], series: [7] }, { categories: ['A'], series: [{ name: 'Series 1', values: [null] }] }],
  ])('cleanChartData(%s) normalises', (_, input, expected) => {
    expect(cleanChartData(input)).toEqual(expected);
  });
});

describe('px', () => {
  it.each([
    [1.23456, 1.23],
    [-0.005, -0],
    [100, 100],
  ])('px(%d) → %d', (n, expected) => {
    expect(px(n)).toBe(expected);
  });
});
