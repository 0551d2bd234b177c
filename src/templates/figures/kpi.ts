import { formatPeriod, parsePeriod, priorYear } from '../../finance/periods.ts';
import type { TableData } from '../../model/slides/ir-data.ts';
import { columnName, comparison } from './computed.ts';
import { showFigure, type ShownFigure } from './shown.ts';

type Column = TableData['columns'][number];

export interface KpiChoice {
  metric: string;
  column?: string | undefined;
  base?: string | undefined;
  label?: string | undefined;
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
    return {
      metric: row.metric,
      label: choice.label ?? row.label,
      period: columnName(of),
      unit,
      figure: showFigure(row.values[of.id], unit, doc.source, decimals),
      change: base ? comparison('yoy', of, base, ctx) : undefined,
    };
  });
}

function missing(what: string): never {
  throw new Error(`kpis: ${what} is not in the data; the kpi-summary schema's check should have reported it.`);
}
