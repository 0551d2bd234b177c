import { describe, expect, it } from 'vitest';
import { figureTitle, isCorrected, showComputed, showFigure, sourceAttribute } from '../../../src/templates/figures/shown.ts';
import { source } from '../ir-fixtures.ts';

const table = source('Results');
const other = source('Summary');

describe('showFigure', () => {
  it.each([
    [{ value: 66.8 }, 'JPY billion', 1, '66.8'],
    [{ value: 14 }, 'JPY billion', 1, '14.0'],
    [{ value: 66.84, decimals: 2 }, 'JPY billion', 1, '66.84'],
    [{ value: -2084 }, 'JPY million', undefined, '(2,084)'],
    [{ value: 25184, unit: 'JPY' as const }, 'JPY billion', undefined, '25,184'],
    [undefined, 'JPY million', undefined, '–'],
  ])('showFigure(%j, %s, decimals %s) prints %s', (figure, unit, decimals, text) => {
    expect(showFigure(figure, unit, table, decimals).text).toBe(text);
  });

  it('keeps a figure’s own source and its correction', () => {
    const shown = showFigure({ value: 100, source: other, text: '1OO', note: 'Letter O read for zero.' }, '%', table);
    expect(shown.source).toEqual(other);
    expect(isCorrected(shown)).toBe(true);
    expect(figureTitle(shown)).toBe(
      'Source: 000_9e66fd0b7d2bdcb7.txt, slide "Summary"\nThe text reads "1OO".\nLetter O read for zero.',
    );
  });
});

describe('figureTitle and sourceAttribute', () => {
  it('names the source and how a computed figure was computed', () => {
    const shown = showComputed(17.1, '%', table, 'YoY of FY07 against FY06');
    expect(shown.text).toBe('17.1%');
    expect(isCorrected(shown)).toBe(false);
    expect(figureTitle(shown)).toBe('Source: 000_9e66fd0b7d2bdcb7.txt, slide "Results"\nComputed: YoY of FY07 against FY06');
    expect(sourceAttribute(table)).toBe('000_9e66fd0b7d2bdcb7.txt: Results');
  });

  it('flags an unresolved figure', () => {
    expect(figureTitle(showFigure({ value: 1, flag: 'unresolved', note: 'Sign unclear.' }, '%', table))).toContain(
      'Unresolved: kept as printed.\nSign unclear.',
    );
  });
});
