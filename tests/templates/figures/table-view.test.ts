import { describe, expect, it } from 'vitest';
import { columnFigure } from '../../../src/templates/figures/table-view.ts';
import { figureTitle } from '../../../src/templates/figures/shown.ts';

const source = { seed: '000_9e66fd0b7d2bdcb7.txt', slide: 'Forecast for FY2008' };

describe('columnFigure', () => {
  it.each([
    ['a figure read to more places than its column', { value: 66.84, decimals: 2 }, 1, '66.8', '66.84'],
    ['a loss that rounds to zero, which stays a loss', { value: -0.01, decimals: 2 }, 1, '(0.0)', '(0.01)'],
    ['a figure read to fewer places, which is not padded', { value: 17, decimals: 0 }, 1, '17', undefined],
    ['a figure of the column’s places', { value: 78.5 }, 1, '78.5', undefined],
    ['a figure in a table that states no decimals', { value: 4.76, decimals: 2 }, undefined, '4.76', undefined],
  ])('prints %s', (_, figure, decimals, text, exact) => {
    const shown = columnFigure(figure, 'JPY billion', source, decimals);
    expect(shown.text).toBe(text);
    expect(shown.exact).toBe(exact);
    expect(shown.value).toBe(figure.value);
  });

  it('gives the exact reading in the tooltip', () => {
    expect(figureTitle(columnFigure({ value: 66.84, decimals: 2 }, 'JPY billion', source, 1))).toContain(
      'Read as 66.84; shown to the decimals of its column.',
    );
  });
});
