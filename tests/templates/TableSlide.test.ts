import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';

const data = {
  unit: 'JPY million',
  columns: ['FY2023', 'FY2024', 'YoY'],
  rows: [
    { label: 'Revenue', values: [61880, 66835, 4955], emphasis: true },
    { label: 'Operating profit', values: [10580, 11429, 849] },
    { label: 'Operating margin', values: [17.1, 17.1, 0], unit: 'pt', indent: 1 },
    { label: 'Extraordinary loss', values: [-1980, null, null] },
    { label: 'Profit margin', values: [-3, 12.4, null], unit: '%', indent: 1 },
    { label: 'Stores', values: [412, 436, 24], unit: 'count' },
  ],
};

const cells = (body: string) => [...body.matchAll(/<td class="qd-cell[^"]*">([^<]*)<\/td>/g)].map((m) => m[1]);

describe('TableSlide', () => {
  it('renders a formatted table', async () => {
    const { body } = renderSlide('table', { title: 'Consolidated results', data });
    await expect(body).toMatchFileSnapshot('./__golden__/table.html');
    expect(body).toContain('<p class="qd-caption');
    expect(body).toContain('Unit: JPY million');
    expect(count(body, /<tr class="qd-row/g)).toBe(6);
    expect(count(body, /<th class="qd-head qd-head-value/g)).toBe(3);
  });

  it('formats each cell by its row unit, negatives in brackets and nulls as a dash', () => {
    const { body } = renderSlide('table', { data });
    expect(cells(body)).toEqual([
      '61,880', '66,835', '4,955',
      '10,580', '11,429', '849',
      '17.1 pt', '17.1 pt', '0.0 pt',
      '(1,980)', '–', '–',
      '(3.0%)', '12.4%', '–',
      '412', '436', '24',
    ]);
  });

  it('marks negative and empty cells, emphasis rows and indents', () => {
    const { body } = renderSlide('table', { data });
    expect(count(body, /qd-cell qd-negative/g)).toBe(2);
    expect(count(body, /qd-cell qd-empty/g)).toBe(3);
    expect(body).toMatch(/<tr class="qd-row qd-emphasis[^"]*">\s*<th class="qd-row-label qd-indent-0[^"]*" scope="row">Revenue/);
    expect(count(body, /qd-indent-1/g)).toBe(2);
  });

  it('names a row amount unit that differs from the table unit after the label', () => {
    const { body } = renderSlide('table', { data });
    expect(count(body, /<span class="qd-row-unit/g)).toBe(1);
    expect(body).toMatch(/<span class="qd-row-unit[^"]*">\(count\)<\/span>/);
  });

  it.each([
    [undefined, 0],
    [{ fragments: true }, 6],
  ])('options %j make %i rows fragments', (options, fragments) => {
    const { body } = renderSlide('table', { data, options });
    expect(count(body, /<tr class="qd-row[^"]*fragment/g)).toBe(fragments);
  });

  it.each([
    [9, false],
    [10, true],
  ])('%i rows are compact: %s', (rows, compact) => {
    const many = { columns: ['A'], rows: Array.from({ length: rows }, (_, i) => ({ label: `Row ${i}`, values: [i] })) };
    expect(renderSlide('table', { data: many }).body.includes('qd-table-compact')).toBe(compact);
  });

  it('leaves the caption out without a unit', () => {
    const { body } = renderSlide('table', { data: { columns: ['A'], rows: [{ label: 'x', values: [1] }] } });
    expect(body).not.toContain('qd-caption');
  });

  it('escapes markup in labels and headings', () => {
    const { body } = renderSlide('table', {
      data: { columns: ['<script>alert(1)</script>'], rows: [{ label: '<img src=x onerror=alert(1)>', values: [1] }] },
    });
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
  });
});
