import type { StatedRef } from './collect.ts';
import { change, pctChange, ratio, sum } from './derived.ts';
import { formatPeriod, parsePeriod, priorQuarter, priorYear } from './periods.ts';
import { dimension } from './units.ts';

/**
 * How a stated derived figure is computed: which figures it needs (metric, point, basis and the
 * dimension they must be in; '' for any) and the function of them. A string is the reason it cannot be
 * planned (a comparison period that does not exist).
 */
export interface Plan {
  operands: { metric: string; at: string; basis: string; dim: string }[];
  fn: (xs: number[]) => number;
  denominators: number[];
}

const AT_ONE_POINT = new Set(['ratio', 'sum', 'difference']);

/** The point a stated change compares with: `base`, or by default the prior year (prior quarter for qoq). */
export function resolveBase(s: StatedRef): string | undefined {
  const fallback = s.derived === 'qoq' ? 'prior-quarter' : AT_ONE_POINT.has(s.derived) ? undefined : 'prior-year';
  const base = s.base ?? fallback;
  if (base !== 'prior-year' && base !== 'prior-quarter') return base;
  const p = parsePeriod(s.at);
  if (!p) return undefined;
  const b = base === 'prior-year' ? priorYear(p) : priorQuarter(p);
  return b && formatPeriod(b);
}

/** One line naming a stated figure: what is derived from what, at which point. */
export function describe(s: StatedRef): string {
  let what = `${s.derived} of ${s.of}${s.per ? ` per ${s.per}` : ''}`;
  if (s.terms) what = `${s.derived}(${s.terms.join(', ')})`;
  else if (s.periods) what = `sum of ${s.of} over ${s.periods.join(', ')}`;
  return `${what} at ${s.at}${s.basis !== 'actual' ? ` (${s.basis})` : ''}${s.base ? ` vs ${s.base}` : ''}`;
}

export function plan(s: StatedRef): Plan | string {
  const of = s.of ?? '';
  const dim = dimension(s.unit);
  // ratios need money on both sides; % changes take any dimension; amounts must match the stated unit
  const money = 'money';
  const base = resolveBase(s);
  switch (s.derived) {
    case 'yoy':
    case 'qoq':
    case 'pct-change':
    case 'change': {
      if (!base) return `no comparison period for ${s.at}`;
      const d = s.derived === 'change' ? dim : '';
      const ops = [{ metric: of, at: s.at, basis: s.basis, dim: d }, { metric: of, at: base, basis: s.baseBasis, dim: d }];
      return s.derived === 'change'
        ? { operands: ops, fn: ([a, b]) => change(a!, b!), denominators: [] }
        : { operands: ops, fn: ([a, b]) => pctChange(a!, b!), denominators: [1] };
    }
    case 'ratio': {
      const per = s.per ?? 'revenue';
      return {
        operands: [{ metric: of, at: s.at, basis: s.basis, dim: money }, { metric: per, at: s.at, basis: s.basis, dim: money }],
        fn: ([a, b]) => ratio(a!, b!),
        denominators: [1],
      };
    }
    case 'ratio-change': {
      if (!base) return `no comparison period for ${s.at}`;
      const per = s.per ?? 'revenue';
      return {
        operands: [
          { metric: of, at: s.at, basis: s.basis, dim: money }, { metric: per, at: s.at, basis: s.basis, dim: money },
          { metric: of, at: base, basis: s.baseBasis, dim: money }, { metric: per, at: base, basis: s.baseBasis, dim: money },
        ],
        fn: ([a, b, c, d]) => change(ratio(a!, b!), ratio(c!, d!)),
        denominators: [1, 3],
      };
    }
    case 'sum':
    case 'difference': {
      if (s.periods) {
        return {
          operands: s.periods.map((at) => ({ metric: of, at, basis: s.basis, dim })),
          fn: (xs) => sum(xs),
          denominators: [],
        };
      }
      const terms = s.terms ?? [];
      return {
        operands: terms.map((m) => ({ metric: m, at: s.at, basis: s.basis, dim })),
        fn: (xs) => (s.derived === 'sum' ? sum(xs) : xs[0]! - sum(xs.slice(1))),
        denominators: [],
      };
    }
  }
}

