import { px } from './data.ts';

/**
 * Where a value label goes: `y` is the edge of the mark and `placement` says which side of it the text
 * sits, so the template picks the matching dominant-baseline (above → auto, below → hanging,
 * inside → central) without knowing the font size. A horizontal bar's label sits past its end:
 * `right` starts at `x`, `left` ends there, both centred on `y`.
 */
export interface LabelAnchor {
  x: number;
  y: number;
  placement: 'above' | 'below' | 'inside' | 'right' | 'left';
}

/** One value as a chart places it: where, what it is, and where its label goes. */
export interface PlottedValue {
  x: number;
  y: number;
  value: number;
  series: string;
  category: string;
  seriesIndex: number;
  categoryIndex: number;
  label: LabelAnchor;
}

/** Gap between a mark and its label, in pixels. */
export const LABEL_GAP = 8;

/** Labels go outside the mark, away from the zero line: above positive values, below negative ones. */
export function outsideLabel(x: number, top: number, bottom: number, value: number): LabelAnchor {
  return value < 0
    ? { x: px(x), y: px(bottom + LABEL_GAP), placement: 'below' }
    : { x: px(x), y: px(top - LABEL_GAP), placement: 'above' };
}

/** Stacked segments carry their label in the middle, since another segment sits on top of them. */
export function insideLabel(x: number, top: number, bottom: number): LabelAnchor {
  return { x: px(x), y: px((top + bottom) / 2), placement: 'inside' };
}
