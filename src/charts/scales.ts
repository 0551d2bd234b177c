import { extent, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ChartData } from './data.ts';
import { plotArea, type ChartSize, type PlotArea } from './frame.ts';

/**
 * The x scale maps category *indexes*, not names, so two categories with the same label (say two
 * "Q1"s from different years) still get a band each.
 */
export interface ChartScales {
  area: PlotArea;
  x: ScaleBand<number>;
  y: ScaleLinear<number, number>;
}

export interface ScaleOptions {
  /** Stacked bars need the extent of the per-category sums, not of the single values. */
  stacked?: boolean;
  /** Space between bands as a share of the step (d3's paddingInner/Outer). */
  padding?: number;
  /** Extra room beyond the largest and smallest value, as a share of the range, for value labels. */
  headroom?: number;
}

/** The smallest and largest value to show, always including zero; null when there is no value. */
export function valueExtent(data: ChartData, stacked = false): [number, number] | null {
  const values: number[] = [];
  if (stacked) {
    data.categories.forEach((_, ci) => {
      let positive = 0;
      let negative = 0;
      for (const s of data.series) {
        const v = s.values[ci] ?? 0;
        if (v > 0) positive += v;
        else negative += v;
      }
      values.push(positive, negative);
    });
  } else {
    for (const s of data.series) for (const v of s.values) if (v !== null) values.push(v);
  }
  const [min, max] = extent(values);
  if (min === undefined || max === undefined) return null;
  return [Math.min(0, min), Math.max(0, max)];
}

/** Band x and nice linear y scales for the data in the plot area, or null when there is nothing to draw. */
export function chartScales(data: ChartData, size: ChartSize, options: ScaleOptions = {}): ChartScales | null {
  const area = plotArea(size);
  const domain = valueExtent(data, options.stacked);
  if (!area || !domain || data.categories.length === 0) return null;
  // An all-zero series would give an empty domain and put every bar at NaN.
  const [min, max] = domain[0] === domain[1] ? [0, 1] : domain;
  const room = (max - min) * Math.max(0, options.headroom ?? 0);
  const lo = min < 0 ? min - room : min;
  const hi = max > 0 ? max + room : max;
  const padding = options.padding ?? 0.25;
  const x = scaleBand<number>()
    .domain(data.categories.map((_, i) => i))
    .range([area.left, area.right])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
  const y = scaleLinear().domain([lo, hi]).range([area.bottom, area.top]).nice();
  return { area, x, y };
}
