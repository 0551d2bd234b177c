import { describe, expect, it } from 'vitest';
import { chartScales, valueExtent } from '../../src/charts/scales.ts';
import type { ChartData } from '../../src/charts/data.ts';

const data = (...values: (number | null)[][]): ChartData => ({
  categories: (values[0] ?? []).map((_, i) => `C${i}`),
  series: values.map((v, i) => ({ name: `S${i}`, values: v })),
});

const size = { width: 500, height: 400, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('valueExtent', () => {
  it.each([
    ['positive values include zero', data([3, 5]), false, [0, 5]],
    ['negative values include zero', data([-3, -5]), false, [-5, 0]],
    ['mixed values', data([-3, 5], [2, null]), false, [-3, 5]],
    ['stacked sums positives and negatives apart', data([3, -1], [4, -2]), true, [-3, 7]],
    ['all null', data([null, null]), false, null],
    ['no series', data(), false, null],
  ])('valueExtent(%s)', (_, input, stacked, expected) => {
    expect(valueExtent(input, stacked)).toEqual(expected);
  });
});

describe('chartScales', () => {
  it('chartScales(data) gives a nice y domain and one band per category', () => {
    const scales = chartScales(data([12, 87, -23]), size);
    expect(scales?.y.domain()).toEqual([-30, 90]);
    expect(scales?.y.range()).toEqual([400, 0]);
    expect(scales?.x.domain()).toEqual([0, 1, 2]);
  });

  it('chartScales(duplicate category names) keeps a band for each', () => {
    const scales = chartScales({ categories: ['Q1', 'Q1'], series: [{ name: 'S', values: [1, 2] }] }, size);
    expect(scales?.x(0)).not.toBe(scales?.x(1));
  });

  it('chartScales(data, {headroom}) leaves room on the sides that have values', () => {
    expect(chartScales(data([0, 95]), size, { headroom: 0.1 })?.y.domain()).toEqual([0, 110]);
    expect(chartScales(data([-95, 95]), size, { headroom: 0.1 })?.y.domain()).toEqual([-120, 120]);
  });

  it('chartScales(all zero) falls back to a 0..1 domain', () => {
    expect(chartScales(data([0, 0]), size)?.y.domain()).toEqual([0, 1]);
  });

  it.each([
    ['no values', data([null]), size],
    ['no categories', data(), size],
    ['no room', data([1]), { width: 10, height: 10 }],
  ])('chartScales(%s) is null', (_, input, s) => {
    expect(chartScales(input, s)).toBeNull();
  });
});
