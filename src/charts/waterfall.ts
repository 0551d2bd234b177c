import { px } from './data.ts';
import type { ChartSize } from './frame.ts';
import { outsideLabel, type LabelAnchor } from './labels.ts';
import { chartScales, type ChartScales } from './scales.ts';

/**
 * start: a level drawn from zero (the opening figure); delta: a change floating from the running
 * total; subtotal and end: the running total so far, computed, drawn from zero.
 */
export type StepKind = 'start' | 'delta' | 'subtotal' | 'end';

export interface WaterfallStep {
  label: string;
  kind: StepKind;
  /** The figure of a start or delta step; ignored for subtotal and end, which are computed. */
  value?: number | null | undefined;
}

export interface WaterfallLevel {
  category: string;
  kind: StepKind;
  /** What the bar shows: the change of a delta, the level of the others. */
  value: number;
  /** Running total before and after the step (a start, subtotal or end goes from 0). */
  from: number;
  to: number;
}

export interface WaterfallBar extends WaterfallLevel {
  index: number;
  direction: 'increase' | 'decrease' | 'total';
  x: number;
  y: number;
  width: number;
  height: number;
  label: LabelAnchor;
}

/** The dashed line carrying the running total from one bar to the next. */
export interface WaterfallConnector {
  x1: number;
  x2: number;
  y: number;
}

export interface WaterfallGeometry {
  scales: ChartScales | null;
  bars: WaterfallBar[];
  connectors: WaterfallConnector[];
}

const finiteOr0 = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Running totals: each step's bar from → to, subtotals and the end computed from the steps before. */
export function waterfallLevels(steps: readonly WaterfallStep[]): WaterfallLevel[] {
  let total = 0;
  return steps.map(({ label, kind, value }) => {
    if (kind === 'delta') {
      const change = finiteOr0(value);
      const from = total;
      total += change;
      return { category: label, kind, value: change, from, to: total };
    }
    if (kind === 'start') total = finiteOr0(value);
    return { category: label, kind, value: total, from: 0, to: total };
  });
}

/**
 * Bars for a waterfall (bridge) chart in `size`: one band per step, the y scale covering every
 * running total and zero, and a connector from each bar's closing level to the next bar (none into
 * a start, which opens a new bridge). `headroom` leaves room for value labels, as in chartScales.
 */
export function waterfallGeometry(
  steps: readonly WaterfallStep[],
  size: ChartSize,
  options: { headroom?: number; padding?: number } = {},
): WaterfallGeometry {
  const levels = waterfallLevels(steps);
  const scales = chartScales(
    {
      categories: levels.map((l) => l.category),
      series: [
        { name: 'from', values: levels.map((l) => l.from) },
        { name: 'to', values: levels.map((l) => l.to) },
      ],
    },
    size,
    { padding: options.padding ?? 0.3, headroom: options.headroom ?? 0 },
  );
  if (!scales) return { scales: null, bars: [], connectors: [] };
  const width = scales.x.bandwidth();
  const bars = levels.map((level, index): WaterfallBar => {
    const x = scales.x(index) ?? 0;
    const top = Math.min(scales.y(level.from), scales.y(level.to));
    const bottom = Math.max(scales.y(level.from), scales.y(level.to));
    const direction = level.kind !== 'delta' ? 'total' : level.value < 0 ? 'decrease' : 'increase';
    return {
      ...level,
      index,
      direction,
      x: px(x),
      y: px(top),
      width: px(width),
      height: px(bottom - top),
      label: outsideLabel(x + width / 2, top, bottom, level.kind === 'delta' ? level.value : level.to),
    };
  });
  const connectors = bars.slice(1).flatMap((bar, i): WaterfallConnector[] => {
    const before = bars[i]!;
    if (bar.kind === 'start') return [];
    return [{ x1: px(before.x + before.width), x2: bar.x, y: px(scales.y(before.to)) }];
  });
  return { scales, bars, connectors };
}
