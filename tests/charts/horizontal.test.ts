import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../src/charts/data.ts';
import { horizontalBars } from '../../src/charts/horizontal.ts';

const size = { width: 500, height: 300, margin: { top: 0, right: 0, bottom: 0, left: 100 } };
const services: ChartData = {
  categories: ['FY07'],
  series: [
    { name: 'Connectivity', values: [12148] },
    { name: 'VAS', values: [9546] },
    { name: 'Systems construction', values: [null] },
    { name: 'Loss', values: [-2000] },
  ],
};

describe('horizontalBars', () => {
  it('horizontalBars draws one bar per series with a value, top to bottom in series order', () => {
    const chart = horizontalBars(services, size)!;
    expect(chart.bars.map((b) => b.series)).toEqual(['Connectivity', 'VAS', 'Loss']);
    const [conn, vas, loss] = chart.bars;
    expect(conn!.y).toBeLessThan(vas!.y);
    expect(vas!.y).toBeLessThan(loss!.y);
    expect(conn!.width / vas!.width).toBeCloseTo(12148 / 9546, 2);
    expect(conn!.x).toBe(chart.zero);
  });

  it('horizontalBars runs negatives left of zero and puts each label past the bar end', () => {
    const chart = horizontalBars(services, size)!;
    const conn = chart.bars[0]!;
    const loss = chart.bars[2]!;
    expect(conn.label.placement).toBe('right');
    expect(conn.label.x).toBeCloseTo(conn.x + conn.width + 8, 1);
    expect(loss.x + loss.width).toBeCloseTo(chart.zero, 1);
    expect(loss.label.placement).toBe('left');
    expect(loss.label.x).toBeCloseTo(loss.x - 8, 1);
  });

  it('horizontalBars keeps room for the longest label and ticks the value axis', () => {
    const chart = horizontalBars(services, size, { formatTick: (v) => `${v / 1000}k` })!;
    expect(Math.max(...chart.bars.map((b) => b.x + b.width))).toBeLessThan(chart.area.right);
    expect(chart.ticks.map((t) => t.label)).toContain('0k');
    expect(chart.ticks.find((t) => t.value === 0)?.position).toBe(chart.zero);
  });

  it.each([
    ['no values', { categories: ['FY07'], series: [{ name: 'A', values: [null] }] }],
    ['no series', { categories: ['FY07'], series: [] }],
  ])('horizontalBars returns null for %s', (_, data) => {
    expect(horizontalBars(data as ChartData, size)).toBeNull();
  });
});
