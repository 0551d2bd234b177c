import { px } from './data.ts';
import type { LabelAnchor } from './labels.ts';
import type { ChartScales } from './scales.ts';

/** A change arrow between two columns: an elbow from above one to above the other, and its label. */
export interface ChangeArrow {
  from: number;
  to: number;
  /** SVG path data: up from the first column, across, and down to the second (the head is a marker). */
  path: string;
  /** SVG path data of the arrowhead, a triangle pointing down at the second column. */
  head: string;
  label: LabelAnchor;
}

/** Room kept above a column's top for its value label, in pixels, before an arrow starts. */
export const ARROW_CLEARANCE = 40;
/** How far above the higher of the two columns the arrow runs across. */
export const ARROW_RISE = 28;

/**
 * The elbow arrow from category `from` to category `to` for a change the slide states (a YoY, a
 * growth), drawn above both columns: `tops` are the values at the top of each column (the bar, or
 * the stacked total), so the arrow clears their value labels and those of the columns between. Null when an index or a top is missing.
 */
export function changeArrow(
  scales: ChartScales | null,
  from: number,
  to: number,
  tops: readonly (number | null | undefined)[],
): ChangeArrow | null {
  const a = tops[from];
  const b = tops[to];
  if (!scales || a === null || a === undefined || b === null || b === undefined || from === to) return null;
  const xa = scales.x(from);
  const xb = scales.x(to);
  if (xa === undefined || xb === undefined) return null;
  const centre = scales.x.bandwidth() / 2;
  const x1 = xa + centre;
  const x2 = xb + centre;
  const y1 = scales.y(Math.max(0, a)) - ARROW_CLEARANCE;
  const y2 = scales.y(Math.max(0, b)) - ARROW_CLEARANCE;
  // Across above every column in between too, so the arrow never crosses a value label.
  const between = tops.slice(Math.min(from, to), Math.max(from, to) + 1).filter((t): t is number => typeof t === 'number');
  const highest = scales.y(Math.max(0, ...between)) - ARROW_CLEARANCE;
  const across = Math.min(y1, y2, highest) - ARROW_RISE;
  return {
    from,
    to,
    path: `M${px(x1)},${px(y1)}V${px(across)}H${px(x2)}V${px(y2 - 10)}`,
    head: `M${px(x2 - 7)},${px(y2 - 12)}L${px(x2 + 7)},${px(y2 - 12)}L${px(x2)},${px(y2)}Z`,
    label: { x: px((x1 + x2) / 2), y: px(across - 8), placement: 'above' },
  };
}
