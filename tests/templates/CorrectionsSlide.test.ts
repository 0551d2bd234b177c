import { describe, expect, it } from 'vitest';
import { balanceSheet, incomeStatement } from './ir-fixtures.ts';
import { count, renderSlide } from './render.ts';

const files = [
  { file: 'acme/bs.yaml', data: balanceSheet },
  { file: 'acme/pl.yaml', data: incomeStatement },
];

describe('CorrectionsSlide', () => {
  it('lists each corrected reading with its slide, what the text said and the note', async () => {
    const { body } = renderSlide('corrections', { data: files });
    await expect(body).toMatchFileSnapshot('./__golden__/corrections.html');
    expect(body).toContain('Consolidated Financial Results');
    expect(body).toContain('text: “44” → 4.4');
    expect(body).toContain('The text lost the decimal point.');
  });

  it('pages a long list', () => {
    const all = count(renderSlide('corrections', { data: files, options: { perPage: 8 } }).body, /<li class="qd-correction/g);
    const first = count(renderSlide('corrections', { data: files, options: { perPage: 1 } }).body, /<li class="qd-correction/g);
    const beyond = count(renderSlide('corrections', { data: files, options: { perPage: 1, page: all + 1 } }).body, /<li class="qd-correction/g);
    expect(all).toBeGreaterThan(1);
    expect(first).toBe(1);
    expect(beyond).toBe(0);
  });

  it('rejects a file that is not an IR document, at its path', () => {
    expect(() => renderSlide('corrections', { data: [{ file: 'x.yaml', data: { kind: 'nonsense' } }] })).toThrow();
  });
});
