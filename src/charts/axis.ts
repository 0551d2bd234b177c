import { format, precisionFixed, tickStep } from 'd3';
import { px } from './data.ts';
import type { ChartScales } from './scales.ts';

export interface ValueTick {
  value: number;
  /** Pixel y of the tick in the SVG. */
  position: number;
  label: string;
}

export interface CategoryTick {
  index: number;
  /** Pixel x of the middle of the category band. */
  position: number;
  label: string;
}

/** Formats a tick value; `decimals` is just enough to tell neighbouring ticks apart. */
export type TickFormat = (value: number, decimals: number) => string;

const plainTick: TickFormat = (value, decimals) => format(`,.${decimals}f`)(value);

/** About `count` round-numbered ticks over the y scale's domain, labelled by `formatTick`. */
export function valueTicks(
  scales: ChartScales | null,
  formatTick: TickFormat = plainTick,
  count = 5,
): ValueTick[] {
  if (!scales) return [];
  const [lo = 0, hi = 0] = scales.y.domain();
  const step = Math.abs(tickStep(lo, hi, count));
  const decimals = step > 0 && Number.isFinite(step) ? precisionFixed(step) : 0;
  return scales.y.ticks(count).map((value) => ({
    value,
    position: px(scales.y(value)),
    label: formatTick(value, decimals),
  }));
}

/** One tick per category, at the middle of its band. */
export function categoryTicks(scales: ChartScales | null, categories: readonly string[]): CategoryTick[] {
  if (!scales) return [];
  const centre = scales.x.bandwidth() / 2;
  return scales.x.domain().map((index) => ({
    index,
    position: px((scales.x(index) ?? 0) + centre),
    label: categories[index] ?? '',
  }));
}
