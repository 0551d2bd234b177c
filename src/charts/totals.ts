import { px, type ChartData } from './data.ts';
import { LABEL_GAP, type LabelAnchor } from './labels.ts';
import type { ChartScales } from './scales.ts';

/** The total of one stacked column and where its label goes: above the column, or below one that sums below zero. */
export interface StackTotal {
  categoryIndex: number;
  category: string;
  /** The sum of the column's values, positive and negative. */
  value: number;
  label: LabelAnchor;
}

/**
 * One total per stacked column, for compositions (CAPEX by category, costs by kind): the label sits
 * above the highest positive segment, or below the lowest negative one when the column sums below
 * zero. Categories without a value get no total. Pass the scales from `chartScales` with `stacked: true`.
 */
export function stackTotals(data: ChartData, scales: ChartScales | null): StackTotal[] {
  if (!scales) return [];
  const centre = scales.x.bandwidth() / 2;
  const totals: StackTotal[] = [];
  data.categories.forEach((category, ci) => {
    const values = data.series.map((s) => s.values[ci]).filter((v): v is number => typeof v === 'number');
    if (values.length === 0) return;
    const up = values.filter((v) => v > 0).reduce((a, b) => a + b, 0);
    const down = values.filter((v) => v < 0).reduce((a, b) => a + b, 0);
    const value = up + down;
    const x = px((scales.x(ci) ?? 0) + centre);
    const label: LabelAnchor =
      value < 0
        ? { x, y: px(scales.y(down) + LABEL_GAP), placement: 'below' }
        : { x, y: px(scales.y(up) - LABEL_GAP), placement: 'above' };
    totals.push({ categoryIndex: ci, category, value, label });
  });
  return totals;
}
