import type { IrDocument, Source, Unit } from '../model/ir/index.ts';
import { collect, type FactRef, type StatedRef } from './collect.ts';
import { around, evaluateOverBox, overlaps, type Interval } from './interval.ts';
import { resolveOperand, type Operand } from './operands.ts';
import { describe, plan } from './plan.ts';
import { dimension, roundingHalfWidth, toBaseFactor } from './units.ts';

/** A figure the comparison used, named by where it was read. */
export interface InputRef {
  metric: string;
  at: string;
  basis: string;
  value: number;
  unit: Unit;
  file: string;
  source: Source;
}

/**
 * A stated figure next to the value computed from other figures. `same-figure` compares one figure
 * printed twice (JPY 66,835 million and 66.8 billion, or the same result in two decks).
 */
export interface Comparison {
  what: string;
  derived: StatedRef['derived'] | 'same-figure';
  stated: { value: number; unit: Unit; file: string; path: (string | number)[]; source: Source };
  computed: { value: number; low: number; high: number; unit: Unit };
  from: InputRef[];
  agrees: boolean;
  note?: string | undefined;
  /**
   * For a corrected figure whose `text:` is a plain number: whether the text's reading would have
   * agreed too. A correction the arithmetic supports has `agrees: false` here.
   */
  textReading?: { value: number; agrees: boolean } | undefined;
}

/** A comparison beyond rounding. Without a note it is an error for `quarterdeck check`. */
export interface Difference extends Comparison {
  explained: boolean;
}

/** A stated figure whose inputs are not in the data (their chart did not survive extraction). */
export interface Uncomputed {
  what: string;
  file: string;
  source: Source;
  missing: string[];
}

type Key = string;
// A metric has one dimension (money, per-share yen, count …), so the key leaves the unit out and
// JPY million and JPY billion printings of one figure meet under one key.
const keyOf = (metric: string, at: string, basis: string, asOf?: string): Key =>
  `${metric}|${at}|${basis === 'actual' ? basis : `${basis}@${asOf ?? '?'}`}`;

function halfWidthInBase(f: { decimals: number; unit: Unit }): number {
  return roundingHalfWidth(f.decimals) * toBaseFactor(f.unit);
}

function index(facts: FactRef[]): Map<Key, FactRef[]> {
  const map = new Map<Key, FactRef[]>();
  for (const f of facts) {
    const k = keyOf(f.metric, f.at, f.basis, f.asOf);
    map.set(k, [...(map.get(k) ?? []), f]);
  }
  // The most precise printing first: it is the one derived figures are computed from.
  for (const list of map.values()) list.sort((a, b) => halfWidthInBase(a) - halfWidthInBase(b));
  return map;
}

function inputOf(f: FactRef): InputRef {
  return { metric: f.metric, at: f.at, basis: f.basis, value: f.value, unit: f.unit, file: f.file, source: f.source };
}

function intervalInBase(f: FactRef): Interval {
  const k = toBaseFactor(f.unit);
  return around(f.value * k, halfWidthInBase(f));
}

/** The number a `text:` holds when it is just a number ("2084", "(453)", "13.6"); else undefined. */
function numericText(text: string | undefined): { value: number; decimals: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^\(?(-?[\d,]*\.?\d+)\)?%?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = m[1]!.replace(/,/g, '');
  const value = Number(digits) * (text.trim().startsWith('(') ? -1 : 1);
  const dot = digits.indexOf('.');
  return Number.isFinite(value) ? { value, decimals: dot < 0 ? 0 : digits.length - dot - 1 } : undefined;
}

function textReading(text: string | undefined, computed: Interval, factor = 1) {
  const t = numericText(text);
  if (!t) return undefined;
  return { value: t.value, agrees: overlaps(around(t.value * factor, roundingHalfWidth(t.decimals) * factor), computed) };
}

function sameFigureComparisons(byKey: Map<Key, FactRef[]>): Comparison[] {
  const out: Comparison[] = [];
  for (const list of byKey.values()) {
    for (const [i, other] of list.entries()) {
      const best = list.find((f) => dimension(f.unit) === dimension(other.unit));
      if (!best || list.indexOf(best) >= i) continue;
      const k = toBaseFactor(other.unit);
      const comp = intervalInBase(best);
      const agrees = overlaps(intervalInBase(other), comp);
      out.push({
        what: `same figure: ${other.metric} at ${other.at}${other.basis !== 'actual' ? ` (${other.basis})` : ''}`,
        derived: 'same-figure',
        stated: { value: other.value, unit: other.unit, file: other.file, path: other.path, source: other.source },
        computed: { value: best.value * toBaseFactor(best.unit) / k, low: comp.low / k, high: comp.high / k, unit: other.unit },
        from: [inputOf(best)],
        agrees,
        note: other.note ?? best.note,
        textReading: textReading(other.text, comp, toBaseFactor(other.unit)),
      });
    }
  }
  return out;
}

/**
 * Compares every stated derived figure with the value computed from the figures it derives from,
 * across all files, and every figure printed more than once with its most precise printing. Both
 * sides are ranges (a printed figure is anything that rounds to it), so a difference is one that
 * rounding cannot explain.
 */
export function checkStatedFigures(docs: { file: string; doc: IrDocument }[]): {
  comparisons: Comparison[];
  differences: Difference[];
  uncomputed: Uncomputed[];
} {
  const { facts, stated } = collect(docs);
  const byKey = index(facts);
  const comparisons = sameFigureComparisons(byKey);
  const uncomputed: Uncomputed[] = [];
  for (const s of stated) {
    const p = plan(s);
    if (typeof p === 'string') {
      uncomputed.push({ what: describe(s), file: s.file, source: s.source, missing: [p] });
      continue;
    }
    const found = p.operands.map((o) =>
      resolveOperand((metric, at) => byKey.get(keyOf(metric, at, o.basis, s.asOf)), o.metric, o.at, o.dim),
    );
    const missing = p.operands.filter((_, i) => !found[i]).map((o) => `${o.metric} at ${o.at} (${o.basis})`);
    if (missing.length > 0) {
      uncomputed.push({ what: describe(s), file: s.file, source: s.source, missing });
      continue;
    }
    const operands = found as Operand[];
    const parts = operands.flatMap((o) => o.parts);
    const boxes = parts.map((x) => intervalInBase(x.fact));
    // Each operand is the signed sum of its parts, so the plan's function runs over the parts' box.
    const fn = (xs: number[]) => {
      let i = 0;
      return p.fn(operands.map((o) => o.parts.reduce((acc, x) => acc + x.sign * xs[i++]!, 0)));
    };
    const operandRange = (j: number) => evaluateOverBox(
      (xs) => xs.reduce((acc, x, i) => acc + operands[j]!.parts[i]!.sign * x, 0),
      operands[j]!.parts.map((x) => intervalInBase(x.fact)),
    )!;
    if (p.denominators.some((j) => operandRange(j).low <= 0 && operandRange(j).high >= 0)) {
      uncomputed.push({ what: describe(s), file: s.file, source: s.source, missing: ['denominator rounds to zero'] });
      continue;
    }
    const k = toBaseFactor(s.unit);
    const range = evaluateOverBox(fn, boxes);
    if (!range) continue;
    const value = fn(parts.map((x) => x.fact.value * toBaseFactor(x.fact.unit))) / k;
    const computed = { value, low: range.low / k, high: range.high / k, unit: s.unit };
    const statedRange = around(s.value, roundingHalfWidth(s.decimals));
    comparisons.push({
      what: describe(s),
      derived: s.derived,
      stated: { value: s.value, unit: s.unit, file: s.file, path: s.path, source: s.source },
      computed,
      from: parts.map((x) => inputOf(x.fact)),
      agrees: overlaps(statedRange, computed),
      note: s.note,
      textReading: textReading(s.text, computed),
    });
  }
  const differences = comparisons
    .filter((c) => !c.agrees)
    .map((c) => ({ ...c, explained: c.note !== undefined }));
  return { comparisons, differences, uncomputed };
}
