import { showsUnit } from '../../finance/format.ts';
import type { ColumnChoice, RowChoice } from '../../model/slides/financial-table.ts';
import type { TableData } from '../../model/slides/ir-data.ts';
import { columnName, comparison, percentOfRevenue, type CellContext, type Computation } from './computed.ts';
import { showComputed, showFigure, type ShownFigure } from './shown.ts';

type Row = TableData['rows'][number];

export interface ViewColumn {
  label: string;
  kind: 'value' | Computation;
}

export interface ViewRow {
  metric: string;
  label: string;
  /** A row unit the caption does not cover (JPY per share in a JPY billion table). */
  unitNote?: string | undefined;
  /** Sub-items (revenue.systems-construction) indent one level per dot, up to 3. */
  indent: number;
  emphasis: boolean;
  cells: ShownFigure[];
  comment?: string | undefined;
  note?: string | undefined;
}

/** A table document reduced to what one slide shows; `problems` lists options that name nothing. */
export interface TableView {
  unit: string;
  columns: ViewColumn[];
  rows: ViewRow[];
  problems: string[];
}

export interface ViewChoices {
  columns?: ColumnChoice[] | undefined;
  rows?: RowChoice | undefined;
  emphasis?: string[] | undefined;
}

const DEFAULT_LABEL: Record<Computation, string> = {
  yoy: 'YoY',
  change: 'Change',
  'percent-of-revenue': '% of revenues',
};

function pickRows(rows: readonly Row[], choice: RowChoice | undefined, problems: string[]): Row[] {
  if (choice === undefined) return [...rows];
  const indexOf = (ref: number | string | undefined, fallback: number) => {
    if (ref === undefined) return fallback;
    const index = typeof ref === 'number' ? ref - 1 : rows.findIndex((r) => r.metric === ref);
    if (index < 0 || index >= rows.length) problems.push(`No row ${ref} in the data.`);
    return index < 0 || index >= rows.length ? fallback : index;
  };
  if (Array.isArray(choice)) {
    return choice.flatMap((metric) => {
      const row = rows.find((r) => r.metric === metric);
      if (!row) problems.push(`No row with metric ${metric} in the data.`);
      return row ? [row] : [];
    });
  }
  return rows.slice(indexOf(choice.from, 0), indexOf(choice.to, rows.length - 1) + 1);
}

/** The slide's view of a table document: chosen rows and columns, computed cells filled in. */
export function tableView(doc: TableData, choices: ViewChoices = {}): TableView {
  const problems: string[] = [];
  const byId = new Map(doc.columns.map((c) => [c.id, c]));
  const find = (id: string) => {
    const column = byId.get(id);
    if (!column) problems.push(`No column ${id} in the data (columns: ${[...byId.keys()].join(', ')}).`);
    return column;
  };
  const specs = (choices.columns ?? doc.columns.map((c) => c.id)).map((c) => (typeof c === 'string' ? { column: c } : c));
  const columns = specs.map((spec) => {
    const of = find(spec.column);
    const base = spec.base === undefined ? undefined : find(spec.base);
    const kind = spec.computed ?? 'value';
    const label = spec.label ?? (kind === 'value' ? (of ? columnName(of) : spec.column) : DEFAULT_LABEL[kind]);
    return { spec, of, base, view: { label, kind } satisfies ViewColumn };
  });

  const rows = pickRows(doc.rows, choices.rows, problems).map((row): ViewRow => {
    const unit = row.unit ?? doc.unit;
    const decimals = unit === doc.unit ? doc.decimals : undefined;
    const ctx: CellContext = { row, rows: doc.rows, unit: doc.unit, decimals, source: doc.source };
    const cells = columns.map(({ spec, of, base, view }) => {
      if (!of || (view.kind !== 'value' && view.kind !== 'percent-of-revenue' && !base)) {
        return showComputed(null, unit, doc.source, 'the column is not in the data');
      }
      if (view.kind === 'value') return showFigure(row.values[of.id], unit, doc.source, decimals);
      if (view.kind === 'percent-of-revenue') return percentOfRevenue(of, spec.per ?? 'revenue', ctx);
      return comparison(view.kind, of, base!, ctx);
    });
    return {
      metric: row.metric,
      label: row.label,
      unitNote: unit !== doc.unit && !showsUnit(unit) ? unit : undefined,
      indent: Math.min(3, row.metric.split('.').length - 1),
      emphasis: choices.emphasis?.includes(row.metric) ?? false,
      cells,
      comment: row.comment,
      note: row.note,
    };
  });
  return { unit: doc.unit, columns: columns.map((c) => c.view), rows, problems: [...new Set(problems)] };
}
