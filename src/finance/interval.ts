/**
 * Interval arithmetic for rounded figures. A figure printed as 66.8 stands for anything in
 * [66.75, 66.85]; a derived figure computed from rounded inputs is a range too. The derived functions
 * are monotonic in each input over ranges that keep their denominators away from zero, so the range is
 * spanned by evaluating at the corners of the inputs' box.
 */
export interface Interval {
  low: number;
  high: number;
}

export function around(value: number, halfWidth: number): Interval {
  return { low: value - halfWidth, high: value + halfWidth };
}

/** The range of `fn` over the box of input ranges; undefined when `fn` throws at a corner. */
export function evaluateOverBox(fn: (xs: number[]) => number, inputs: readonly Interval[]): Interval | undefined {
  let low = Infinity;
  let high = -Infinity;
  const corners = 2 ** inputs.length;
  for (let mask = 0; mask < corners; mask++) {
    const xs = inputs.map((iv, i) => ((mask >> i) & 1 ? iv.high : iv.low));
    let y: number;
    try {
      y = fn(xs);
    } catch {
      return undefined;
    }
    low = Math.min(low, y);
    high = Math.max(high, y);
  }
  return { low, high };
}

/** True when the ranges share a point, allowing for binary floating-point noise. */
export function overlaps(a: Interval, b: Interval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  return a.low <= b.high + eps && b.low <= a.high + eps;
}
