import { showsUnit } from '../../finance/format.ts';
import type { Figure, Source } from '../../model/ir/index.ts';
import type { ColumnChoice, RowChoice } from '../../model/slides/financial-table.ts';
import type { TableData } from '../../model/slides/ir-data.ts';
import { columnName, comparison, percentOfRevenue, type CellContext, type Computation } from './computed.ts';
import { showFigure, type ShownFigure } from './shown.ts';

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
  /** Sub-items (revenue.systems-construction) indent one level per dot below the shallowest row, up to 3. */
  indent: number;
  emphasis: boolean;
  cells: ShownFigure[];
  comment?: string | undefined;
  note?: string | undefined;
}

/** A table document reduced to what one slide shows. */
export interface TableView {
  unit: string;
  columns: ViewColumn[];
  rows: ViewRow[];
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

/**
 * The slide schema's check has matched every id the options name against the data while the deck
 * loaded (src/model/slides/table-choices.ts), so an unknown one here is a bug, not a user mistake.
 */
function missing(what: string): never {
  throw new Error(`tableView: ${what} is not in the data; the slide schema's check should have reported it.`);
}

function pickRows(rows: readonly Row[], choice: RowChoice | undefined): Row[] {
  if (choice === undefined) return [...rows];
  if (Array.isArray(choice)) return choice.map((metric) => rows.find((r) => r.metric === metric) ?? missing(`row ${metric}`));
  const indexOf = (ref: number | string | undefined, fallback: number) => {
    if (ref === undefined) return fallback;
    const index = typeof ref === 'number' ? ref - 1 : rows.findIndex((r) => r.metric === ref);
    return index < 0 || index >= rows.length ? missing(`row ${ref}`) : index;
  };
  return rows.slice(indexOf(choice.from, 0), indexOf(choice.to, rows.length - 1) + 1);
}

/**
 * A figure in a column of the table's decimals: one read to more places (66.84 beside 78.5, 0.01
 * beside 17.5) is rounded to the column's, and the exact reading goes to its tooltip. One read to
 * fewer places keeps them: padding 17 to 17.0 would claim a precision the source does not print.
 */
export function columnFigure(figure: Figure | undefined, unit: string, source: Source, decimals: number | undefined): ShownFigure {
  const own = figure?.decimals;
  if (figure === undefined || decimals === undefined || own === undefined || own <= decimals) return showFigure(figure, unit, source, decimals);
  const shown = showFigure({ ...figure, decimals }, unit, source);
  // A loss that rounds to zero still reads as a loss: (0.01) becomes (0.0), not 0.0.
  const text = figure.value < 0 && !shown.text.startsWith('(') ? `(${shown.text})` : shown.text;
  return { ...shown, text, exact: showFigure(figure, unit, source).text };
}

/** An increase as the seed prints it when its table signs them: +3.3. A change that prints 0.0 gets no sign. */
export function withPlus(figure: ShownFigure): ShownFigure {
  return figure.value !== null && figure.value > 0 && /[1-9]/.test(figure.text) ? { ...figure, text: `+${figure.text}` } : figure;
}

/** The slide's view of a table document: chosen rows and columns, computed cells filled in. */
export function tableView(doc: TableData, choices: ViewChoices = {}): TableView {
  const byId = new Map(doc.columns.map((c) => [c.id, c]));
  const find = (id: string) => byId.get(id) ?? missing(`column ${id}`);
  const specs = (choices.columns ?? doc.columns.map((c) => c.id)).map((c) => (typeof c === 'string' ? { column: c } : c));
  const columns = specs.map((spec) => {
    const of = find(spec.column);
    const base = spec.base === undefined ? undefined : find(spec.base);
    const kind = spec.computed ?? 'value';
    const label = spec.label ?? (kind === 'value' ? columnName(of) : DEFAULT_LABEL[kind]);
    return { spec, of, base, view: { label, kind } satisfies ViewColumn };
  });

  const picked = pickRows(doc.rows, choices.rows);
  // Depth counts from the shallowest row shown: three cash-flow.* totals are not sub-items of anything.
  const depth = (metric: string) => metric.split('.').length - 1;
  const top = Math.min(...picked.map((r) => depth(r.metric)));
  const rows = picked.map((row): ViewRow => {
    const unit = row.unit ?? doc.unit;
    const decimals = unit === doc.unit ? doc.decimals : undefined;
    const ctx: CellContext = { row, rows: doc.rows, unit: doc.unit, decimals, source: doc.source };
    const cells = columns.map(({ spec, of, base, view }) => {
      if (view.kind === 'value') return columnFigure(row.values[of.id], unit, doc.source, decimals);
      if (view.kind === 'percent-of-revenue') return percentOfRevenue(of, spec.per ?? 'revenue', ctx);
      const compared = comparison(view.kind, of, base ?? missing(`the base of a ${view.kind} column`), ctx);
      return view.kind === 'change' && doc.plus === true ? withPlus(compared) : compared;
    });
    return {
      metric: row.metric,
      label: row.label,
      unitNote: unit !== doc.unit && !showsUnit(unit) ? unit : undefined,
      indent: Math.min(3, depth(row.metric) - top),
      emphasis: choices.emphasis?.includes(row.metric) ?? false,
      cells,
      comment: row.comment,
      note: row.note,
    };
  });
  return { unit: doc.unit, columns: columns.map((c) => c.view), rows };
}
