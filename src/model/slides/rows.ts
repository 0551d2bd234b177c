import type { z } from 'zod';

type Rows = readonly { values?: unknown }[];

/**
 * Adds an issue at `[key, i, 'values']` for every row whose value count differs from `expected`, so
 * the user is told which row of the table or which chart series to fix.
 */
export function checkValueCounts(
  ctx: z.RefinementCtx,
  key: string,
  rows: Rows,
  expected: number,
  what: (index: number) => string,
  countNoun: string,
): void {
  rows.forEach((row, i) => {
    if (!Array.isArray(row.values) || row.values.length === expected) return;
    ctx.addIssue({
      code: 'custom',
      path: [key, i, 'values'],
      message: `${what(i)} has ${row.values.length} values but there are ${expected} ${countNoun}; give one value for each of the ${countNoun} (null for an empty one).`,
    });
  });
}

/**
 * Zod skips refinements once any field has an issue; this `when` lets the count check run anyway as
 * long as both lists are there, so one pass reports a bad figure and a short row together.
 */
export function whenListsPresent(listKey: string, countKey: string) {
  return (payload: { value: unknown }): boolean => {
    const value = payload.value as Record<string, unknown> | null;
    return (
      typeof value === 'object' &&
      value !== null &&
      Array.isArray(value[listKey]) &&
      Array.isArray(value[countKey]) &&
      (value[listKey] as unknown[]).every((row) => typeof row === 'object' && row !== null)
    );
  };
}
