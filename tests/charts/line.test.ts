import { describe, expect, it } from 'vitest';
import { lineGeometry } from '../../src/charts/line.ts';
import { chartScales } from '../../src/charts/scales.ts';
import type { ChartData } from '../../src/charts/data.ts';

const size = { width: 300, height: 200, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('lineGeometry', () => {
  it('lineGeometry(data) runs through the middle of each band', () => {
    const data: ChartData = { categories: ['A', 'B', 'C'], series: [{ name: 'Margin', values: [100, -100, 0] }] };
    const [series] = lineGeometry(data, chartScales(data, size, { padding: 0 }));
    expect(series?.path).toBe('M50,0L150,200L250,100');
    expect(series?.points.map((p) => [p.x, p.y, p.label.placement])).toEqual([
      [50, 0, 'above'],
      [150, 200, 'below'],
      [250, 100, 'above'],
    ]);
  });

  it('lineGeometry(null value) breaks the line and drops the point', () => {
    const data: ChartData = { categories: ['A', 'B', 'C', 'D'], series: [{ name: 'S', values: [1, 2, null, 4] }] };
    const [series] = lineGeometry(data, chartScales(data, size));
    expect(series?.points.map((p) => p.category)).toEqual(['A', 'B', 'D']);
    expect(series?.path.match(/M/g)).toHaveLength(2);
  });

  it('lineGeometry(no scales) is empty', () => {
    expect(lineGeometry({ categories: [], series: [] }, null)).toEqual([]);
  });
});
