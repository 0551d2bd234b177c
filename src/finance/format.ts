import { format } from 'd3';
import { unitRule, type UnitRule } from './units.ts';

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

const formatters: Record<UnitRule['prints'], Formatter> = {
  number: formatNumber,
  percent: formatPercent,
  points: formatPoints,
  multiple: formatMultiple,
};

// An unknown or missing unit: whole numbers plain, others with one decimal.
const fallbackRule: UnitRule = { dimension: '', toBase: 1, prints: 'number', decimals: 1, wholeAsInteger: true };
const ruleOf = (unit: string | null | undefined): UnitRule | undefined => (typeof unit === 'string' ? unitRule(unit.trim()) : undefined);

/**
 * Formats a figure by its unit string: '%' → "17.1%", 'pt' or 'points' → "1.0 pt", 'x' → "12.3x",
 * amounts ('JPY million', 'JPY billion', 'count', …) → plain numbers. An unknown or missing unit
 * prints whole numbers without decimals and others with one. `options.decimals` overrides the
 * unit's default.
 */
export function formatValue(value: unknown, unit?: string | null, options: FormatOptions = {}): string {
  const rule = ruleOf(unit) ?? fallbackRule;
  const decimals = options.decimals ?? (rule.wholeAsInteger && Number.isInteger(value) ? 0 : rule.decimals);
  return formatters[rule.prints](value, { decimals });
}

/** Whether `formatValue` prints the unit with the figure ("17.1%"), so no caption or label need name it. */
export function showsUnit(unit: string | null | undefined): boolean {
  const rule = ruleOf(unit);
  return rule !== undefined && rule.prints !== 'number';
}
