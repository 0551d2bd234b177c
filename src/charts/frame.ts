/** Space kept free around the plot for axes and labels, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartSize {
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** The rectangle the marks are drawn in, in the SVG's pixel coordinates. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export const DEFAULT_MARGIN: Margin = { top: 40, right: 24, bottom: 56, left: 96 };

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The plot area inside the margins, or null when nothing is left to draw in. */
export function plotArea(size: ChartSize): PlotArea | null {
  const width = finiteOr(size?.width, 0);
  const height = finiteOr(size?.height, 0);
  const m = { ...DEFAULT_MARGIN, ...(size?.margin ?? {}) };
  const left = finiteOr(m.left, DEFAULT_MARGIN.left);
  const top = finiteOr(m.top, DEFAULT_MARGIN.top);
  const right = width - finiteOr(m.right, DEFAULT_MARGIN.right);
  const bottom = height - finiteOr(m.bottom, DEFAULT_MARGIN.bottom);
  if (right <= left || bottom <= top) return null;
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}
