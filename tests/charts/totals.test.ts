import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../src/charts/data.ts';
import { chartScales } from '../../src/charts/scales.ts';
import { stackTotals } from '../../src/charts/totals.ts';

const size = { width: 400, height: 200, margin: { top: 0, right: 0, bottom: 0, left: 0 } };
const stacked = { padding: 0, stacked: true };

describe('stackTotals', () => {
  it('stackTotals sums each column and puts the label above its highest segment', () => {
    const data: ChartData = {
      categories: ['FY10', 'FY11'],
      series: [
        { name: 'Cloud', values: [30, 50] },
        { name: 'Others', values: [70, 50] },
      ],
    };
    const scales = chartScales(data, size, stacked);
    const totals = stackTotals(data, scales);
    expect(totals.map((t) => t.value)).toEqual([100, 100]);
    expect(totals[0]).toMatchObject({ category: 'FY10', label: { x: 100, y: -8, placement: 'above' } });
  });

  it('stackTotals nets out negative segments; a column summing below zero gets its label below', () => {
    const data: ChartData = {
      categories: ['A', 'B'],
      series: [
        { name: 'Gain', values: [100, 20] },
        { name: 'Loss', values: [-20, -100] },
      ],
    };
    const scales = chartScales(data, size, stacked)!;
    const [a, b] = stackTotals(data, scales);
    expect(a).toMatchObject({ value: 80, label: { placement: 'above', y: scales.y(100) - 8 } });
    expect(b).toMatchObject({ value: -80, label: { placement: 'below', y: scales.y(-100) + 8 } });
  });

  it('stackTotals skips a column without values and returns nothing without scales', () => {
    const data: ChartData = { categories: ['A', 'B'], series: [{ name: 'X', values: [null, 5] }] };
    expect(stackTotals(data, chartScales(data, size, stacked)).map((t) => t.categoryIndex)).toEqual([1]);
    expect(stackTotals(data, null)).toEqual([]);
  });
});
