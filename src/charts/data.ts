/** Category/series data as every chart takes it: one value per category per series, null for a gap. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

const EMPTY_DATA: ChartData = { categories: [], series: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Normalises whatever it is given into well-formed chart data, so the geometry functions never throw:
 * non-string categories become '', each series gets exactly one value per category (missing or
 * non-finite values become null, extra ones are dropped) and a nameless series is called "Series n".
 * Validation errors are the schema's job; this is only the last line of defence.
 */
export function cleanChartData(input: unknown): ChartData {
  if (!isRecord(input) || !Array.isArray(input.categories)) return EMPTY_DATA;
  const categories = input.categories.map((c) => (typeof c === 'string' ? c : ''));
  const rawSeries = Array.isArray(input.series) ? input.series : [];
  const series = rawSeries.map((s, i): ChartSeries => {
    const record = isRecord(s) ? s : {};
    const values = Array.isArray(record.values) ? record.values : [];
    return {
      name: typeof record.name === 'string' ? record.name : `Series ${i + 1}`,
      values: categories.map((_, ci) => {
        const v: unknown = values[ci];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
    };
  });
  return { categories, series };
}

/** SVG output is compared in golden files and shipped in HTML: two decimals are plenty for pixels. */
export function px(n: number): number {
  return Math.round(n * 100) / 100;
}
