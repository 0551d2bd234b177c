import { format, precisionFixed, scaleBand, scaleLinear, tickStep } from 'd3';
import { px, type ChartData } from './data.ts';
import { plotArea, type ChartSize, type PlotArea } from './frame.ts';
import { LABEL_GAP, type PlottedValue } from './labels.ts';

export interface HorizontalBar extends PlottedValue {
  width: number;
  height: number;
}

export interface HorizontalTick {
  value: number;
  /** Pixel x of the tick. */
  position: number;
  label: string;
}

export interface HorizontalChart {
  area: PlotArea;
  /** Pixel x of the zero line. */
  zero: number;
  /** One bar per series with a value, top to bottom in series order; each label sits past its bar's end. */
  bars: HorizontalBar[];
  ticks: HorizontalTick[];
}

/**
 * A chart of one category as horizontal bars, one per series, so long series names (services,
 * segments) read as row labels instead of a legend of five colours for five bars of one column.
 * Negative values run left from zero. `headroom` keeps room past the longest bar for its label.
 * Null when there is nothing to draw; `formatTick` labels the value ticks along the bottom.
 */
export function horizontalBars(
  data: ChartData,
  size: ChartSize,
  options: { headroom?: number; formatTick?: (value: number, decimals: number) => string } = {},
): HorizontalChart | null {
  const area = plotArea(size);
  const rows = data.series.flatMap((s, si) => {
    const value = s.values[0];
    return typeof value === 'number' ? [{ s, si, value }] : [];
  });
  if (!area || rows.length === 0) return null;
  const lo = Math.min(0, ...rows.map((r) => r.value));
  const hi = Math.max(0, ...rows.map((r) => r.value));
  const [min, max] = lo === hi ? [0, 1] : [lo, hi];
  const room = (max - min) * Math.max(0, options.headroom ?? 0.15);
  const x = scaleLinear()
    .domain([min < 0 ? min - room : min, max > 0 ? max + room : max])
    .range([area.left, area.right])
    .nice();
  const y = scaleBand<number>()
    .domain(data.series.map((_, i) => i))
    .range([area.top, area.bottom])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const zero = x(0);
  const bars = rows.map(({ s, si, value }): HorizontalBar => {
    const end = x(value);
    const top = y(si) ?? 0;
    const height = y.bandwidth();
    return {
      x: px(Math.min(zero, end)),
      y: px(top),
      width: px(Math.abs(end - zero)),
      height: px(height),
      value,
      series: s.name,
      category: data.categories[0] ?? '',
      seriesIndex: si,
      categoryIndex: 0,
      label:
        value < 0
          ? { x: px(end - LABEL_GAP), y: px(top + height / 2), placement: 'left' }
          : { x: px(end + LABEL_GAP), y: px(top + height / 2), placement: 'right' },
    };
  });
  const [d0 = 0, d1 = 1] = x.domain();
  const step = Math.abs(tickStep(d0, d1, 5));
  const decimals = step > 0 && Number.isFinite(step) ? precisionFixed(step) : 0;
  const formatTick = options.formatTick ?? ((value: number, places: number) => format(`,.${places}f`)(value));
  const ticks = x.ticks(5).map((value) => ({ value, position: px(x(value)), label: formatTick(value, decimals) }));
  return { area, zero: px(zero), bars, ticks };
}
