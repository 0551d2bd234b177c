import { format } from 'd3';

/**
 * Number formats as IR decks print them: thousands separators, negatives in brackets rather than with a
 * minus sign, and an en dash for a missing figure. Every function takes anything a data file could hold
 * and never throws, so a template can format a cell without guarding it first.
 *
 * Percent convention: a value with unit '%' is already in percent (17.1 means 17.1%), because that is
 * how IR data files and the published tables state margins and growth rates. Use `ratioToPercent` first
 * when you hold a ratio (0.171).
 */

/** What an empty cell shows: an en dash, the usual IR mark for "not applicable / not disclosed". */
export const EMPTY = '\u2013';

export interface FormatOptions {
  /** Digits after the decimal point; defaults depend on the format. */
  decimals?: number;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clampDecimals(decimals: number | undefined, fallback: number): number {
  if (!isFiniteNumber(decimals)) return fallback;
  return Math.min(20, Math.max(0, Math.round(decimals)));
}

// d3-format's "(" sign puts negatives in brackets and prints a value that rounds to zero as a plain
// "0.0", so a -0.04 never shows up as "(0.0)".
function bracketed(value: number, decimals: number, suffix = ''): string {
  const text = format(`(,.${decimals}f`)(value);
  return text.endsWith(')') ? `${text.slice(0, -1)}${suffix})` : `${text}${suffix}`;
}

/** 66835 → "66,835"; -1980 → "(1,980)"; null → "–". Default: no decimals. */
export function formatNumber(value: unknown, options: FormatOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return bracketed(value, clampDecimals(options.decimals, 0));
}

/** A value already in percent: 17.1 → "17.1%"; -3 → "(3.0%)". Default: one decimal. */
export function formatPercent(value: unknown, options: FormatOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return bracketed(value, clampDecimals(options.decimals, 1), '%');
}

/** A change in percentage points: 1 → "1.0 pt"; -0.5 → "(0.5) pt". Default: one decimal. */
export function formatPoints(value: unknown, options: FormatOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return `${bracketed(value, clampDecimals(options.decimals, 1))} pt`;
}

/** A multiple such as a P/E ratio: 12.34 → "12.3x". Default: one decimal. */
export function formatMultiple(value: unknown, options: FormatOptions = {}): string {
  if (!isFiniteNumber(value)) return EMPTY;
  return bracketed(value, clampDecimals(options.decimals, 1), 'x');
}

/** 0.171 → 17.1, for callers that hold ratios; non-numbers pass through as null. */
export function ratioToPercent(ratio: unknown): number | null {
  return isFiniteNumber(ratio) ? ratio * 100 : null;
}

type Formatter = (value: unknown, options?: FormatOptions) => string;

interface UnitRule {
  formatter: Formatter;
  decimals: number;
  /** Whole numbers print without decimals (a JPY 48 dividend), others with `decimals` (EPS 190.10). */
  wholeAsInteger?: boolean;
}

// The decimals are what IR tables usually show for each unit. Amount units print as plain numbers
// because the table caption or chart axis names the unit once. 'JPY' is a per-share amount.
const byUnit = new Map<string, UnitRule>(
  Object.entries({
    '%': { formatter: formatPercent, decimals: 1 },
    pt: { formatter: formatPoints, decimals: 1 },
    points: { formatter: formatPoints, decimals: 1 },
    x: { formatter: formatMultiple, decimals: 1 },
    count: { formatter: formatNumber, decimals: 0 },
    'JPY million': { formatter: formatNumber, decimals: 0 },
    'JPY billion': { formatter: formatNumber, decimals: 1 },
    'USD million': { formatter: formatNumber, decimals: 0 },
    'USD billion': { formatter: formatNumber, decimals: 1 },
    JPY: { formatter: formatNumber, decimals: 2, wholeAsInteger: true },
    yen: { formatter: formatNumber, decimals: 2, wholeAsInteger: true },
  } satisfies Record<string, UnitRule>),
);

// An unknown or missing unit: whole numbers plain, others with one decimal.
const fallbackRule: UnitRule = { formatter: formatNumber, decimals: 1, wholeAsInteger: true };

/**
 * Formats a figure by its unit string: '%' → "17.1%", 'pt' or 'points' → "1.0 pt", 'x' → "12.3x",
 * amounts ('JPY million', 'JPY billion', 'count', …) → plain numbers. An unknown or missing unit
 * prints whole numbers without decimals and others with one. `options.decimals` overrides the
 * unit's default.
 */
export function formatValue(value: unknown, unit?: string | null, options: FormatOptions = {}): string {
  const rule = (typeof unit === 'string' ? byUnit.get(unit.trim()) : undefined) ?? fallbackRule;
  const decimals = options.decimals ?? (rule.wholeAsInteger && Number.isInteger(value) ? 0 : rule.decimals);
  return rule.formatter(value, { decimals });
}

/** Whether `formatValue` prints the unit with the figure ("17.1%"), so no caption or label need name it. */
export function showsUnit(unit: string | null | undefined): boolean {
  const rule = typeof unit === 'string' ? byUnit.get(unit.trim()) : undefined;
  return rule !== undefined && rule.formatter !== formatNumber;
}
