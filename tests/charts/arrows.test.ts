import { describe, expect, it } from 'vitest';
import { ARROW_CLEARANCE, ARROW_RISE, changeArrow } from '../../src/charts/arrows.ts';
import type { ChartData } from '../../src/charts/data.ts';
import { chartScales } from '../../src/charts/scales.ts';

const data: ChartData = { categories: ['FY10', 'FY11', 'FY12'], series: [{ name: 'Revenue', values: [100, 200, null] }] };
const scales = chartScales(data, { width: 300, height: 300, margin: { top: 100, right: 0, bottom: 0, left: 0 } }, { padding: 0 });

describe('changeArrow', () => {
  it('changeArrow runs up from the first column, across above the higher one, and down to the second', () => {
    const arrow = changeArrow(scales, 0, 1, [100, 200])!;
    const top = scales!.y(200) - ARROW_CLEARANCE - ARROW_RISE;
    const end = scales!.y(200) - ARROW_CLEARANCE;
    expect(arrow.path).toBe(`M50,${scales!.y(100) - ARROW_CLEARANCE}V${top}H150V${end - 10}`);
    expect(arrow.head).toBe(`M143,${end - 12}L157,${end - 12}L150,${end}Z`);
    expect(arrow.label).toEqual({ x: 100, y: top - 8, placement: 'above' });
  });

  it('changeArrow starts a column below zero at the zero line', () => {
    const arrow = changeArrow(scales, 0, 1, [-50, 100])!;
    expect(arrow.path.startsWith(`M50,${scales!.y(0) - ARROW_CLEARANCE}V`)).toBe(true);
  });

  it.each([
    ['a missing top', 0, 3],
    ['the same column', 1, 1],
    ['an index past the end', 0, 7],
  ])('changeArrow returns null for %s', (_, from, to) => {
    expect(changeArrow(scales, from, to, [100, 200, 50, null])).toBeNull();
  });

  it('changeArrow runs across above a higher column between the two', () => {
    const arrow = changeArrow(scales, 0, 2, [100, 200, 100])!;
    expect(arrow.label.y).toBe(scales!.y(200) - ARROW_CLEARANCE - ARROW_RISE - 8);
  });
});
