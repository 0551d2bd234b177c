/**
 * Derived figures, computed from the figures they derive from and never typed into data files.
 * Each function throws a RangeError rather than return NaN or Infinity: a derived figure that
 * cannot be computed is a mistake to report, not a number to print.
 */

function finite(name: string, ...values: number[]): void {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${name}: input ${v} is not a finite number`);
  }
}

/** Absolute change: current − base (a balance-sheet change, "up JPY215 million YoY"). */
export function change(current: number, base: number): number {
  finite('change', current, base);
  return current - base;
}

/**
 * Percentage change against `base`, in %. The base's magnitude is the denominator so that a loss
 * growing into a bigger loss reads as down, the way the decks print it ("Down 102.2% YoY").
 */
export function pctChange(current: number, base: number): number {
  finite('pctChange', current, base);
  if (base === 0) throw new RangeError('pctChange: base is 0, the change has no percentage');
  return ((current - base) / Math.abs(base)) * 100;
}

/** Year-on-year change in %: this period against the same period a year earlier. */
export const yoy = pctChange;

/** Quarter-on-quarter change in %: this quarter against the one before. */
export const qoq = pctChange;

/** `part` as % of `whole`. */
export function ratio(part: number, whole: number): number {
  finite('ratio', part, whole);
  if (whole === 0) throw new RangeError('ratio: whole is 0');
  return (part / whole) * 100;
}

/** An item as % of revenues (costs, SG&A, each P&L line). */
export function pctOfRevenue(item: number, revenue: number): number {
  return ratio(item, revenue);
}

/** A margin ratio in % (gross, operating, net): income over revenue. */
export function marginRatio(income: number, revenue: number): number {
  return ratio(income, revenue);
}

/** Gross margin: revenue less cost of revenue. */
export function grossMargin(revenue: number, cost: number): number {
  finite('grossMargin', revenue, cost);
  return revenue - cost;
}

/** Change of a ratio in percentage points (a margin "up 1.2 points YoY"). */
export function pointsChange(currentRatio: number, baseRatio: number): number {
  return change(currentRatio, baseRatio);
}

/** Sum of line items (a total the seed also states). */
export function sum(values: readonly number[]): number {
  finite('sum', ...values);
  return values.reduce((a, b) => a + b, 0);
}
