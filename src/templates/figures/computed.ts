import { change, pctOfRevenue, pointsChange, yoy } from '../../finance/derived.ts';
import { dimension, toBaseFactor } from '../../finance/units.ts';
import type { Figure, Source, Unit } from '../../model/ir/index.ts';
import type { TableData } from '../../model/slides/ir-data.ts';
import { showComputed, showDerived, type ShownFigure } from './shown.ts';

type Row = TableData['rows'][number];
type Column = TableData['columns'][number];
type Stated = NonNullable<Row['stated']>[number];

/** What a computed cell needs to know about its table. */
export interface CellContext {
  row: Row;
  rows: readonly Row[];
  unit: Unit;
  decimals: number | undefined;
  source: Source;
}

export type Computation = 'yoy' | 'change' | 'percent-of-revenue';

export const columnName = (c: Column): string => c.label ?? c.at;

const unitOf = (f: Figure, ctx: CellContext): Unit => f.unit ?? ctx.row.unit ?? ctx.unit;
const placesOf = (f: Figure, ctx: CellContext): number | undefined => f.decimals ?? ctx.decimals;

/** A difference is as precise as its coarser operand: 78.5 less 66.84 prints 11.7. */
export function coarser(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? (a ?? b) : Math.min(a, b);
}

// The derived functions throw on a zero base; a slide prints a dash and says why instead.
function attempt(compute: () => number): number | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

function findStated(row: Row, derived: string, at: Column, extra: (s: Stated) => boolean = () => true) {
  return row.stated?.find(
    (s) => s.derived === derived && s.at === at.at && (s.basis ?? 'actual') === (at.basis ?? 'actual') && extra(s),
  );
}

/** `of` against `base`: YoY in % (or in points for a row in %), or the change in the row unit. */
export function comparison(kind: 'yoy' | 'change', of: Column, base: Column, ctx: CellContext): ShownFigure {
  const a = ctx.row.values[of.id];
  const b = ctx.row.values[base.id];
  const how = `${kind === 'yoy' ? 'YoY' : 'change'} of ${columnName(of)} against ${columnName(base)}`;
  const rowUnit = ctx.row.unit ?? ctx.unit;
  const ratioRow = dimension(rowUnit) === 'ratio';
  const unit: Unit = kind === 'yoy' && !ratioRow ? '%' : ratioRow && kind === 'yoy' ? 'points' : rowUnit;
  if (!a || !b) return showComputed(null, unit, ctx.source, `${how}: a figure is missing`);
  if (unitOf(a, ctx) !== unitOf(b, ctx)) return showComputed(null, unit, ctx.source, `${how}: the units differ`);
  const stated = findStated(ctx.row, kind, of, (s) => s.base === undefined || s.base === base.at || s.base === 'prior-year');
  if (kind === 'yoy' && !ratioRow) {
    const value = attempt(() => yoy(a.value, b.value));
    return showDerived(value, unit, ctx.source, `${how}${value === null ? ': the base is 0' : ''}`, undefined, stated);
  }
  const value = ratioRow ? pointsChange(a.value, b.value) : change(a.value, b.value);
  const places = coarser(placesOf(a, ctx), placesOf(b, ctx));
  return showDerived(value, unit, ctx.source, how, places, stated);
}

/**
 * The change of the row's % of revenues from `base` to `of`, in points ("operating margin up 1.0 pt"),
 * computed from the two ratios; a `ratio-change` the deck states is printed instead.
 */
export function percentOfRevenueChange(of: Column, base: Column, ctx: CellContext): ShownFigure {
  const how = `change of ${ctx.row.label} as % of revenue, ${columnName(of)} against ${columnName(base)}`;
  const now = percentOfRevenue(of, 'revenue', { ...ctx, row: { ...ctx.row, stated: [] } }).value;
  const before = percentOfRevenue(base, 'revenue', { ...ctx, row: { ...ctx.row, stated: [] } }).value;
  const stated = findStated(ctx.row, 'ratio-change', of, (s) => s.base === undefined || s.base === base.at || s.base === 'prior-year');
  const value = now === null || before === null ? null : pointsChange(now, before);
  return showDerived(value, 'points', ctx.source, `${how}${value === null ? ': a figure is missing' : ''}`, 1, stated);
}

/** The row's figure in `of` as % of the `per` row (default revenue) in the same column. */
export function percentOfRevenue(of: Column, per: string, ctx: CellContext): ShownFigure {
  const how = `${ctx.row.label} as % of ${per} in ${columnName(of)}`;
  // The base row's own cell would always read 100%; the IIJ decks leave it blank, and so do we.
  if (ctx.row.metric === per) return { text: '', value: null, source: ctx.source };
  const item = ctx.row.values[of.id];
  const revenueRow = ctx.rows.find((r) => r.metric === per);
  const revenue = revenueRow?.values[of.id];
  const stated = findStated(ctx.row, 'ratio', of, (s) => (s.per ?? 'revenue') === per);
  // Quarterly revenues behind a stated ratio may be an image in the seed: print the stated ratio.
  if (!item || !revenue || !revenueRow) return showDerived(null, '%', ctx.source, `${how}: a figure is missing`, undefined, stated);
  const itemUnit = unitOf(item, ctx);
  const revenueUnit = revenue.unit ?? revenueRow.unit ?? ctx.unit;
  if (dimension(itemUnit) !== 'money' || dimension(revenueUnit) !== 'money') {
    return showComputed(null, '%', ctx.source, `${how}: not an amount of money`);
  }
  const value = attempt(() => pctOfRevenue(item.value * toBaseFactor(itemUnit), revenue.value * toBaseFactor(revenueUnit)));
  return showDerived(value, '%', ctx.source, how, undefined, stated);
}
