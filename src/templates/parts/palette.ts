/** How many series colours every theme declares (--qd-series-1 … --qd-series-6). */
export const SERIES_COLORS = 6;

/**
 * The CSS colour of the n-th series (0-based), cycling after six; the theme defines the colours.
 * None of them is red: --qd-negative marks figures below zero, and tests/client/themes.test.ts
 * fails when a theme gives a series that colour or a red near it.
 */
export function seriesColor(index: number): string {
  const slot = ((index % SERIES_COLORS) + SERIES_COLORS) % SERIES_COLORS;
  return `var(--qd-series-${slot + 1})`;
}
