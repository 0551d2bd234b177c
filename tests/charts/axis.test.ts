import { describe, expect, it } from 'vitest';
import { categoryTicks, valueTicks } from '../../src/charts/axis.ts';
import { chartScales } from '../../src/charts/scales.ts';

const size = { width: 300, height: 200, margin: { top: 0, right: 0, bottom: 0, left: 0 } };
const scalesFor = (values: number[]) =>
  chartScales({ categories: values.map((_, i) => `C${i}`), series: [{ name: 'S', values }] }, size, { padding: 0 });

describe('valueTicks', () => {
  it.each([
    [[0, 100], ['0', '20', '40', '60', '80', '100']],
    [[-40, 60], ['−40', '−20', '0', '20', '40', '60']],
    [[0, 1], ['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']],
    [[0, 66835], ['0', '10,000', '20,000', '30,000', '40,000', '50,000', '60,000', '70,000']],
  ])('valueTicks(domain of %j) labels %j', (values, labels) => {
    expect(valueTicks(scalesFor(values)).map((t) => t.label)).toEqual(labels);
  });

  it('valueTicks(scales, formatTick) passes the decimals that tell ticks apart', () => {
    const seen: number[] = [];
    const ticks = valueTicks(scalesFor([0, 1]), (v, d) => {
      seen.push(d);
      return `${v.toFixed(d)}%`;
    });
    expect(new Set(seen)).toEqual(new Set([1]));
    expect(ticks[0]).toEqual({ value: 0, position: 200, label: '0.0%' });
  });

  it('valueTicks(null) is empty', () => {
    expect(valueTicks(null)).toEqual([]);
  });
});

describe('categoryTicks', () => {
  it('categoryTicks(scales, categories) is the middle of each band', () => {
    expect(categoryTicks(scalesFor([1, 2, 3]), ['FY22', 'FY23', 'FY24'])).toEqual([
      { index: 0, position: 50, label: 'FY22' },
      { index: 1, position: 150, label: 'FY23' },
      { index: 2, position: 250, label: 'FY24' },
    ]);
  });

  it('categoryTicks(null) is empty', () => {
    expect(categoryTicks(null, ['A'])).toEqual([]);
  });
});
