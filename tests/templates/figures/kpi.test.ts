import { describe, expect, it } from 'vitest';
import { kpiGrid } from '../../../src/templates/figures/kpi.ts';

describe('kpiGrid', () => {
  it.each([
    [1, 1, 1, [1]],
    [3, 1, 3, [1, 3, 5]],
    [5, 1, 5, [1, 3, 5, 7, 9]],
    [6, 2, 3, [1, 3, 5, 1, 3, 5]],
    // 4 + 3: the bottom three sit half a card in, centred under the four.
    [7, 2, 4, [1, 3, 5, 7, 2, 4, 6]],
    [8, 2, 4, [1, 3, 5, 7, 1, 3, 5, 7]],
  ])('kpiGrid(%i) lays out %i row(s), %i on top', (count, rows, top, placement) => {
    const grid = kpiGrid(count);
    expect(grid).toEqual({ rows, top, columns: 2 * top, placement });
  });
});
