import type { Unit } from '../model/ir/index.ts';

/**
 * Units that measure the same thing convert into one another: money in JPY million and JPY billion
 * compare after conversion to JPY million; % and points (a change of %) compare with each other.
 * Per-share yen and counts stay apart.
 */
export function dimension(unit: Unit): string {
  if (unit === 'JPY million' || unit === 'JPY billion') return 'money';
  // A change between two ratios in % is stated in points.
  if (unit === '%' || unit === 'points') return 'ratio';
  return unit;
}

const TO_BASE: Partial<Record<Unit, number>> = { 'JPY million': 1, 'JPY billion': 1000 };

/** Factor from `unit` to its dimension's base unit (JPY million for money, else 1). */
export function toBaseFactor(unit: Unit): number {
  return TO_BASE[unit] ?? 1;
}

/** Decimals in how a number is written (66.8 → 1, 2084 → 0). */
export function decimalsOf(value: number): number {
  const s = String(value);
  if (s.includes('e')) throw new RangeError(`decimalsOf: ${s} is outside the range of written figures`);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Half a unit in the last printed decimal: how far a printed figure can be from its true value. */
export function roundingHalfWidth(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}
