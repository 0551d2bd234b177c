import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../src/charts/bars.ts';
import { chartScales } from '../../src/charts/scales.ts';
import type { ChartData } from '../../src/charts/data.ts';

const size = { width: 400, height: 200, margin: { top: 0, right: 0, bottom: 0, left: 0 } };
const noPad = { padding: 0 };

describe('barGeometry', () => {
  it('barGeometry(simple) draws one rect per value, negatives below the zero line', () => {
    const data: ChartData = { categories: ['FY23', 'FY24'], series: [{ name: 'Profit', values: [100, -100] }] };
    const bars = barGeometry(data, chartScales(data, size, noPad), 'simple');
    expect(bars.map(({ x, y, width, height }) => ({ x, y, width, height }))).toEqual([
      { x: 0, y: 0, width: 200, height: 100 },
      { x: 200, y: 100, width: 200, height: 100 },
    ]);
    expect(bars.map((b) => b.label)).toEqual([
      { x: 100, y: -8, placement: 'above' },
      { x: 300, y: 208, placement: 'below' },
    ]);
    expect(bars[1]).toMatchObject({ value: -100, series: 'Profit', category: 'FY24', categoryIndex: 1 });
  });

  it('barGeometry(grouped) puts the series side by side inside a category', () => {
    const data: ChartData = {
      categories: ['FY24'],
      series: [
        { name: 'A', values: [50] },
        { name: 'B', values: [100] },
      ],
    };
    const bars = barGeometry(data, chartScales(data, size, noPad), 'grouped');
    expect(bars).toHaveLength(2);
    const [a, b] = bars;
    expect(a!.x + a!.width).toBeLessThan(b!.x);
    expect(a).toMatchObject({ y: 100, height: 100, series: 'A' });
    expect(b).toMatchObject({ y: 0, height: 200, series: 'B' });
  });

  it('barGeometry(stacked) stacks positives up and negatives down from zero', () => {
    const data: ChartData = {
      categories: ['FY24'],
      series: [
        { name: 'A', values: [50] },
        { name: 'B', values: [-50] },
        { name: 'C', values: [50] },
      ],
    };
    const bars = barGeometry(data, chartScales(data, size, { ...noPad, stacked: true }), 'stacked');
    const scales = chartScales(data, size, { ...noPad, stacked: true });
    const zero = scales!.y(0);
    const [a, b, c] = bars;
    expect(a!.y + a!.height).toBe(zero);
    expect(b!.y).toBe(zero);
    expect(c!.y + c!.height).toBe(a!.y);
    expect([a!.height, b!.height, c!.height]).toEqual([62.5, 62.5, 62.5]);
    expect(a!.label).toEqual({ x: 200, y: a!.y + 31.25, placement: 'inside' });
  });

  it.each([
    ['null scales', { categories: ['A'], series: [{ name: 'S', values: [1] }] }, null],
    ['no series', { categories: ['A'], series: [] }, null],
  ])('barGeometry(%s) is empty', (_, data, scales) => {
    expect(barGeometry(data, scales)).toEqual([]);
  });

  it.each(['grouped', 'stacked'] as const)('barGeometry(%s) skips null values', (layout) => {
    const data: ChartData = { categories: ['A', 'B', 'C'], series: [{ name: 'S', values: [1, null, 3] }] };
    const bars = barGeometry(data, chartScales(data, size, { stacked: layout === 'stacked' }), layout);
    expect(bars.map((b) => b.category)).toEqual(['A', 'C']);
  });
});
