import { describe, expect, it } from 'vitest';
import { formatDeckDate } from '../../../src/templates/parts/deck-date.ts';

describe('formatDeckDate', () => {
  it.each([
    ['2008-06', 'June 2008'],
    ['2025-05-14', '14 May 2025'],
    ['2009-02-01', '1 February 2009'],
  ])('formatDeckDate(%s) is %s', (date, expected) => {
    expect(formatDeckDate(date)).toBe(expected);
  });
});
