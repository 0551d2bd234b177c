import { line } from 'd3';
import { px, type ChartData } from './data.ts';
import { outsideLabel, type PlottedValue } from './labels.ts';
import type { ChartScales } from './scales.ts';

export type LinePoint = PlottedValue;

export interface LineSeries {
  series: string;
  seriesIndex: number;
  /** SVG path data; a null value breaks the line instead of dropping it to zero. */
  path: string;
  points: LinePoint[];
}

/** One path per series through the middle of each category band, plus a point per non-null value. */
export function lineGeometry(data: ChartData, scales: ChartScales | null): LineSeries[] {
  if (!scales) return [];
  const centre = scales.x.bandwidth() / 2;
  const xOf = (ci: number) => px((scales.x(ci) ?? 0) + centre);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, ci) => xOf(ci))
    .y((v) => px(scales.y(v ?? 0)));
  return data.series.map((s, si) => {
    const points: LinePoint[] = [];
    s.values.forEach((value, ci) => {
      if (value === null) return;
      const x = xOf(ci);
      const y = px(scales.y(value));
      points.push({
        x,
        y,
        value,
        series: s.name,
        category: data.categories[ci] ?? '',
        seriesIndex: si,
        categoryIndex: ci,
        label: outsideLabel(x, y, y, value),
      });
    });
    return { series: s.name, seriesIndex: si, path: path(s.values) ?? '', points };
  });
}
