// Fallbacks keep charts readable with no theme loaded; a theme restyles them through
// --qd-series-1 … --qd-series-6 (series 1 defaults to the accent colour).
const FALLBACKS = ['var(--qd-accent, #1f4e79)', '#2a9d8f', '#e9a23b', '#8d99ae', '#c8553d', '#6d597a'];

/** The CSS colour of the n-th series (0-based), cycling after six. */
export function seriesColor(index: number): string {
  const slot = ((index % FALLBACKS.length) + FALLBACKS.length) % FALLBACKS.length;
  return `var(--qd-series-${slot + 1}, ${FALLBACKS[slot]})`;
}
