import { scaleBand, stack, stackOffsetDiverging } from 'd3';
import { px, type ChartData } from './data.ts';
import { insideLabel, outsideLabel, type PlottedValue } from './labels.ts';
import type { ChartScales } from './scales.ts';

/** 'simple' and 'grouped' lay bars side by side within a category (one series is a simple chart). */
export type BarLayout = 'simple' | 'grouped' | 'stacked';

export interface BarRect extends PlottedValue {
  width: number;
  height: number;
}

/** Space between bars of one category, as a share of a bar's slot. */
const GROUP_PADDING = 0.08;

/** The rectangle from `x` to `x + width` between `top` and `bottom` (in either order), on the pixel grid. */
function box(x: number, width: number, top: number, bottom: number) {
  return { x: px(x), y: px(Math.min(top, bottom)), width: px(width), height: px(Math.abs(bottom - top)) };
}

/** What a bar stands for: its value, and its series and category by name and index. */
function place(data: ChartData, series: string, si: number, ci: number, value: number) {
  return { value, series, category: data.categories[ci] ?? '', seriesIndex: si, categoryIndex: ci };
}

function sideBySide(data: ChartData, scales: ChartScales): BarRect[] {
  const inner = scaleBand<number>()
    .domain(data.series.map((_, i) => i))
    .range([0, scales.x.bandwidth()])
    .paddingInner(data.series.length > 1 ? GROUP_PADDING : 0);
  const zero = scales.y(0);
  const bars: BarRect[] = [];
  data.series.forEach((s, si) => {
    s.values.forEach((value, ci) => {
      if (value === null) return;
      const x = (scales.x(ci) ?? 0) + (inner(si) ?? 0);
      const top = scales.y(value);
      const width = inner.bandwidth();
      bars.push({
        ...box(x, width, top, zero),
        ...place(data, s.name, si, ci, value),
        label: outsideLabel(x + width / 2, Math.min(top, zero), Math.max(top, zero), value),
      });
    });
  });
  return bars;
}

// The diverging offset stacks positive values up from zero and negative ones down from it, so a
// loss-making segment hangs below the line instead of cancelling out a profitable one.
function stacked(data: ChartData, scales: ChartScales): BarRect[] {
  const rows = data.categories.map((_, ci) => data.series.map((s) => s.values[ci] ?? 0));
  const layers = stack<number[], number>()
    .keys(data.series.map((_, i) => i))
    .value((row, key) => row[key] ?? 0)
    .offset(stackOffsetDiverging)(rows);
  const width = scales.x.bandwidth();
  const bars: BarRect[] = [];
  layers.forEach((layer, si) => {
    const s = data.series[si];
    if (!s) return;
    layer.forEach(([y0, y1], ci) => {
      const value = s.values[ci];
      if (value === null || value === undefined) return;
      const x = scales.x(ci) ?? 0;
      const top = Math.min(scales.y(y0), scales.y(y1));
      const bottom = Math.max(scales.y(y0), scales.y(y1));
      bars.push({ ...box(x, width, top, bottom), ...place(data, s.name, si, ci, value), label: insideLabel(x + width / 2, top, bottom) });
    });
  });
  return bars;
}

/**
 * One rectangle per non-null value, ordered by series then category, with the anchor of its value
 * label. Negative values hang below the zero line. Pass the scales from `chartScales` (with
 * `stacked: true` for a stacked layout); no scales means no bars.
 */
export function barGeometry(data: ChartData, scales: ChartScales | null, layout: BarLayout = 'grouped'): BarRect[] {
  if (!scales || data.series.length === 0) return [];
  return layout === 'stacked' ? stacked(data, scales) : sideBySide(data, scales);
}
