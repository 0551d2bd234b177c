import type { FactRef } from './collect.ts';
import { formatPeriod, parsePeriod } from './periods.ts';
import { dimension } from './units.ts';

/** One operand of a planned figure: the figures it is made of, each added (+1) or taken away (-1). */
export interface Operand {
  parts: { fact: FactRef; sign: 1 | -1 }[];
}

type Find = (metric: string, at: string) => FactRef[] | undefined;

// The spans that run from the first quarter to quarter k, in every spelling the data may use.
function spansTo(fy: number, k: number): string[] {
  if (k === 4) return [formatPeriod({ type: 'year', fy })];
  const cumulative = formatPeriod({ type: 'cumulative', fy, toQuarter: k as 2 | 3 });
  return k === 2 ? [cumulative, formatPeriod({ type: 'half', fy, half: 1 })] : [cumulative];
}

/**
 * The figures an operand is computed from: the figure itself where the data holds it, else — for a
 * quarter no slide prints — a cumulative span the seeds print less its other quarters (2Q = 1Q-3Q
 * less 1Q and 3Q). The quarter is then the seeds' own arithmetic, never a figure typed in.
 */
export function resolveOperand(find: Find, metric: string, at: string, dim: string): Operand | undefined {
  const pick = (when: string) => find(metric, when)?.find((f) => dim === '' || dimension(f.unit) === dim);
  const direct = pick(at);
  if (direct) return { parts: [{ fact: direct, sign: 1 }] };
  const p = parsePeriod(at);
  if (p?.type !== 'quarter') return undefined;
  for (let k = Math.max(p.quarter, 2); k <= 4; k++) {
    for (const span of spansTo(p.fy, k)) {
      const whole = pick(span);
      if (!whole) continue;
      const others: FactRef[] = [];
      for (let q = 1; q <= k; q++) {
        if (q === p.quarter) continue;
        const f = find(metric, formatPeriod({ type: 'quarter', fy: p.fy, quarter: q as 1 | 2 | 3 | 4 }))?.find(
          (x) => dimension(x.unit) === dimension(whole.unit),
        );
        if (f) others.push(f);
      }
      if (others.length === k - 1) {
        return { parts: [{ fact: whole, sign: 1 }, ...others.map((fact) => ({ fact, sign: -1 as const }))] };
      }
    }
  }
  return undefined;
}
