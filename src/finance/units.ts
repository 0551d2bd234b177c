import type { Unit } from '../model/ir/index.ts';

/** What a unit measures, and how a figure in it prints. */
export interface UnitRule {
  /**
   * Units of one dimension convert into one another: money in JPY million and JPY billion compare
   * after conversion to JPY million; % and points (a change of %) compare with each other.
   * Per-share yen and counts stay apart.
   */
  dimension: string;
  /** Factor to the dimension's base unit (JPY million for money, else 1). */
  toBase: number;
  /** number: plain, the caption or axis names the unit once; the others print it with the figure. */
  prints: 'number' | 'percent' | 'points' | 'multiple';
  /** What IR tables usually show for the unit. */
  decimals: number;
  /** Whole numbers print without decimals (a JPY 48 dividend), others with `decimals` (EPS 190.10). */
  wholeAsInteger?: boolean;
}

const amount = (dimension: string, toBase: number, decimals: number): UnitRule => ({ dimension, toBase, prints: 'number', decimals });
const perShare: UnitRule = { dimension: 'JPY', toBase: 1, prints: 'number', decimals: 2, wholeAsInteger: true };
const percent: UnitRule = { dimension: 'ratio', toBase: 1, prints: 'percent', decimals: 1 };
const points: UnitRule = { dimension: 'ratio', toBase: 1, prints: 'points', decimals: 1 };

/** Every unit of the data model (src/model/ir/figure.ts): adding one there is a type error here until it has a rule. */
export const unitRules = {
  'JPY million': amount('money', 1, 0),
  'JPY billion': amount('money', 1000, 1),
  JPY: perShare,
  '%': percent,
  points,
  count: amount('count', 1, 0),
  Gbps: { ...amount('Gbps', 1, 1), wholeAsInteger: true },
} satisfies Record<Unit, UnitRule>;

/** Other spellings the inline table and chart templates accept, whose units are free text. */
export const otherUnitRules: Record<string, UnitRule> = {
  pt: points,
  x: { dimension: 'multiple', toBase: 1, prints: 'multiple', decimals: 1 },
  'USD million': amount('USD', 1, 0),
  'USD billion': amount('USD', 1000, 1),
  yen: perShare,
};

/** The rule for a unit as written, or undefined for a unit we do not know. */
export function unitRule(unit: string): UnitRule | undefined {
  return Object.hasOwn(unitRules, unit) ? unitRules[unit as Unit] : Object.hasOwn(otherUnitRules, unit) ? otherUnitRules[unit] : undefined;
}

export function dimension(unit: Unit): string {
  return unitRules[unit].dimension;
}

export function toBaseFactor(unit: Unit): number {
  return unitRules[unit].toBase;
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
