import { formatPeriod, parsePeriod, priorYear } from '../../finance/periods.ts';
import type { TableData } from '../../model/slides/ir-data.ts';
import { columnName, comparison, percentOfRevenue, percentOfRevenueChange } from './computed.ts';
import { showFigure, type ShownFigure } from './shown.ts';

type Column = TableData['columns'][number];

export interface KpiChoice {
  metric: string;
  column?: string | undefined;
  base?: string | undefined;
  label?: string | undefined;
  /** `percent-of-revenue`: the row as % of revenues (a margin), its change in points. */
  measure?: 'value' | 'percent-of-revenue' | undefined;
  /** A target column shown under the result, with its YoY against the result. */
  target?: string | undefined;
}

/** A target beside a result: "FY2012 target 107 (up 10.0% YoY)". */
export interface KpiTarget {
  period: string;
  figure: ShownFigure;
  change: ShownFigure;
}

export interface Kpi {
  metric: string;
  label: string;
  period: string;
  /** The unit to print beside an amount; undefined when the figure carries it ("7.1%"). */
  unit: string;
  figure: ShownFigure;
  /** The YoY change in % (points for a % row); undefined without a comparison column. */
  change?: ShownFigure | undefined;
  target?: KpiTarget | undefined;
}

const ISO_DATE = /^(\d{4})(-\d{2}-\d{2})$/;

/** The point a year before `at`: FY2007 → FY2006, 2008-03-31 → 2007-03-31. */
export function yearEarlier(at: string): string | undefined {
  const date = ISO_DATE.exec(at);
  if (date) return `${Number(date[1]) - 1}${date[2]}`;
  const period = parsePeriod(at);
  return period ? formatPeriod(priorYear(period)) : undefined;
}

/** The column holding the same kind of figure a year before `of`, if the table has one. */
export function priorYearColumn(columns: readonly Column[], of: Column): Column | undefined {
  const at = yearEarlier(of.at);
  return columns.find((c) => c.at === at && (c.basis ?? 'actual') === (of.basis ?? 'actual'));
}

/**
 * Headline figures: each chosen row in its column, with YoY against `base` or the prior-year column.
 * The kpi-summary schema's check has matched every metric and column against the data while the
 * deck loaded, so an unknown one here is a bug, not a user mistake.
 */
export function kpis(doc: TableData, choices: KpiChoice[] | undefined): Kpi[] {
  const first = doc.columns[0]!;
  const wanted: KpiChoice[] = choices ?? doc.rows.slice(0, 4).map((r) => ({ metric: r.metric }));
  const column = (id: string) => doc.columns.find((c) => c.id === id) ?? missing(`column ${id}`);
  return wanted.map((choice): Kpi => {
    const row = doc.rows.find((r) => r.metric === choice.metric) ?? missing(`row ${choice.metric}`);
    const of = choice.column === undefined ? first : column(choice.column);
    const base = choice.base === undefined ? priorYearColumn(doc.columns, of) : column(choice.base);
    const unit = row.values[of.id]?.unit ?? row.unit ?? doc.unit;
    const decimals = unit === doc.unit ? doc.decimals : undefined;
    const ctx = { row, rows: doc.rows, unit: doc.unit, decimals, source: doc.source };
    const target = choice.target === undefined ? undefined : column(choice.target);
    if (choice.measure === 'percent-of-revenue') {
      return {
        metric: row.metric,
        label: choice.label ?? `${row.label} as % of revenues`,
        period: columnName(of),
        unit: '%',
        figure: percentOfRevenue(of, 'revenue', ctx),
        change: base ? percentOfRevenueChange(of, base, ctx) : undefined,
        target: target && { period: columnName(target), figure: percentOfRevenue(target, 'revenue', ctx), change: percentOfRevenueChange(target, of, ctx) },
      };
    }
    return {
      metric: row.metric,
      label: choice.label ?? row.label,
      period: columnName(of),
      unit,
      figure: showFigure(row.values[of.id], unit, doc.source, decimals),
      change: base ? comparison('yoy', of, base, ctx) : undefined,
      target: target && { period: columnName(target), figure: showFigure(row.values[target.id], unit, doc.source, decimals), change: comparison('yoy', target, of, ctx) },
    };
  });
}

function missing(what: string): never {
  throw new Error(`kpis: ${what} is not in the data; the kpi-summary schema's check should have reported it.`);
}

/** Where the cards go: columns of a grid in which each card spans two, and the first card of each row. */
export interface KpiGrid {
  rows: 1 | 2;
  /** Cards in the top row. */
  top: number;
  columns: number;
  /** The first grid column of each card (1-based). */
  placement: number[];
}

/**
 * Up to five cards in one row; six to eight in two rows, the top one holding the extra card and the
 * bottom one centred under it (4 + 3 puts the three at half-card offsets). Never 4 + 1.
 */
export function kpiGrid(count: number): KpiGrid {
  const top = count <= 5 ? count : Math.ceil(count / 2);
  const bottom = count - top;
  const offset = top - bottom;
  const placement = Array.from({ length: count }, (_, i) => (i < top ? 2 * i + 1 : 2 * (i - top) + 1 + offset));
  return { rows: bottom > 0 ? 2 : 1, top, columns: 2 * Math.max(1, top), placement };
}
