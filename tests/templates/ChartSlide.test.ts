import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';

const categories = ['FY2021', 'FY2022', 'FY2023', 'FY2024'];
const profit = { unit: 'JPY million', categories, series: [{ name: 'Net profit', values: [5120, -1980, 6740, 8012] }] };
const segments = {
  unit: 'JPY million',
  categories,
  series: [
    { name: 'Domestic', values: [7400, 8200, 9100, 9950] },
    { name: 'Overseas', values: [-620, -450, 1480, null] },
  ],
};
const margin = {
  unit: '%',
  categories,
  series: [
    { name: 'Operating margin', values: [14.2, 15.8, null, 17.1] },
    { name: 'Net margin', values: [8.3, -3.0, 10.9, 12.0] },
  ],
};

describe('ChartSlide', () => {
  it.each([
    ['bar', profit, 'chart-bar.html'],
    ['grouped', segments, 'chart-grouped.html'],
    ['stacked', segments, 'chart-stacked.html'],
    ['line', margin, 'chart-line.html'],
  ] as const)('renders a %s chart as SVG', async (kind, data, golden) => {
    const { body } = renderSlide('chart', { title: 'Net profit', data, options: { kind } });
    await expect(body).toMatchFileSnapshot(`./__golden__/${golden}`);
    expect(body).toMatch(/<svg class="qd-chart qd-chart-\w+[^"]*" viewBox="0 0 1152 \d+" width="1152" height="\d+"/);
  });

  it.each([
    ['bar', profit, 4],
    ['grouped', segments, 7],
    ['stacked', segments, 7],
    ['line', margin, 0],
  ] as const)('a %s chart draws one rect per value', (kind, data, rects) => {
    const { body } = renderSlide('chart', { data, options: { kind } });
    expect(count(body, /<rect /g)).toBe(rects);
    expect(count(body, /<rect class="qd-bar/g)).toBe(rects);
  });

  it('a line chart draws a path per series and a point per value', () => {
    const { body } = renderSlide('chart', { data: margin, options: { kind: 'line' } });
    expect(count(body, /<path class="qd-line/g)).toBe(2);
    expect(count(body, /<circle class="qd-point/g)).toBe(7);
  });

  it('hangs negative bars below the zero line and labels them in brackets', () => {
    const { body } = renderSlide('chart', { data: profit });
    const zero = Number(body.match(/<line class="qd-zero-line[^"]*" x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"/)?.[1]);
    const negative = body.match(/<rect class="qd-bar qd-negative[^"]*" x="[\d.]+" y="([\d.]+)"/);
    expect(Number(negative?.[1])).toBeCloseTo(zero, 1);
    expect(body).toContain('>(1,980)</text>');
    expect(count(body, /class="qd-value-label/g)).toBe(4);
  });

  it('labels the y axis with the unit unless yLabel is given', () => {
    expect(renderSlide('chart', { data: profit }).body).toMatch(/class="qd-axis-label[^"]*"[^>]*>JPY million</);
    const { body } = renderSlide('chart', { data: profit, options: { yLabel: 'JPY mn', xLabel: 'Fiscal year' } });
    expect(body).toMatch(/class="qd-axis-label[^"]*"[^>]*>JPY mn</);
    expect(body).toMatch(/class="qd-axis-label[^"]*"[^>]*>Fiscal year</);
  });

  it('formats ticks and labels by unit', () => {
    const { body } = renderSlide('chart', { data: margin, options: { kind: 'line' } });
    expect(body).toContain('>17.1%</text>');
    expect(body).toContain('>(3.0%)</text>');
    expect(body).toMatch(/class="qd-tick-label[^"]*"[^>]*>0%</);
  });

  it.each([
    ['one-series bars, one per bar', profit, 'bar', /class="qd-bar-group fragment/g, 4],
    ['grouped bars, one per series', segments, 'grouped', /class="qd-series qd-series-\d fragment/g, 2],
    ['lines, one per series', margin, 'line', /class="qd-series qd-series-\d fragment/g, 2],
  ] as const)('fragments: %s', (_, data, kind, pattern, fragments) => {
    const { body } = renderSlide('chart', { data, options: { kind, fragments: true } });
    expect(count(body, pattern)).toBe(fragments);
    expect(count(body, /fragment/g)).toBe(fragments);
    expect(count(renderSlide('chart', { data, options: { kind } }).body, /fragment/g)).toBe(0);
  });

  it.each([
    ['one series', profit, 0],
    ['two series', segments, 2],
  ])('shows a legend for more than one series: %s', (_, data, items) => {
    expect(count(renderSlide('chart', { data }).body, /<li class="qd-legend-item/g)).toBe(items);
  });

  it('leaves value labels out when valueLabels is false', () => {
    const { body } = renderSlide('chart', { data: segments, options: { kind: 'stacked', valueLabels: false } });
    expect(count(body, /qd-value-label/g)).toBe(0);
  });

  it('draws an empty plot for all-null data without throwing', () => {
    const { body } = renderSlide('chart', { data: { categories: ['A'], series: [{ name: 'S', values: [null] }] } });
    expect(body).toContain('<svg class="qd-chart');
    expect(count(body, /<rect /g)).toBe(0);
  });

  it('escapes markup in names and categories', () => {
    const { body } = renderSlide('chart', {
      data: {
        categories: ['<script>alert(1)</script>', 'B'],
        series: [
          { name: '<script>s()</script>', values: [1, 2] },
          { name: 'T', values: [3, 4] },
        ],
      },
    });
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).toContain('&lt;script>s()&lt;/script>');
    expect(body).not.toContain('<script');
  });

  it('puts a stacked chart with several series in a figure with a total on top of each column', () => {
    const { body } = renderSlide('chart', { data: segments, options: { kind: 'stacked' } });
    for (const total of ['6,780', '7,750', '10,580', '9,950']) expect(body).toMatch(new RegExp(`dominant-baseline="auto">${total}</text>`));
    expect(body).toContain('<th scope="row">Total</th><!--[--><td>6,780</td>');
    expect(count(renderSlide('chart', { data: segments, options: { kind: 'grouped' } }).body, /<th scope="row">Total</g)).toBe(0);
  });

  it.each([
    ['bar', profit],
    ['grouped', segments],
    ['stacked', segments],
    ['line', margin],
  ] as const)('a %s chart is a <figure> with its figures as a table, a row per series', (kind, data) => {
    const { body } = renderSlide('chart', { title: 'Net profit', data, options: { kind } });
    expect(body).toMatch(/<figure class="qd-chart-figure[^"]*">[\s\S]*<svg [\s\S]*<table class="qd-chart-table[^"]*" aria-label="Net profit">[\s\S]*<\/figure>/);
    expect(count(body, /<th scope="col">/g)).toBe(data.categories.length + 1);
    for (const series of data.series) expect(body).toContain(`<th scope="row">${series.name}</th>`);
  });

  it('draws a grouped chart of one category as horizontal bars named by series, with no legend', () => {
    const data = {
      unit: 'JPY million',
      categories: ['FY07'],
      series: [
        { name: 'Connectivity services for corporate users', values: [12148] },
        { name: 'VAS', values: [9546] },
        { name: 'Systems construction', values: [18025] },
      ],
    };
    const { body } = renderSlide('chart', { data, options: { kind: 'grouped', fragments: true } });
    expect(body).toContain('<svg class="qd-chart qd-chart-horizontal');
    expect(count(body, /<rect class="qd-bar/g)).toBe(3);
    expect(count(body, /class="qd-bar-group fragment"/g)).toBe(3);
    expect(body).toMatch(/text-anchor="end" dominant-baseline="central">Connectivity services for corporate users<\/text>/);
    expect(body).toMatch(/text-anchor="start" dominant-baseline="central">18,025<\/text>/);
    expect(count(body, /qd-legend-item/g)).toBe(0);
    expect(count(renderSlide('chart', { data, options: { kind: 'stacked' } }).body, /qd-chart-horizontal/g)).toBe(0);
  });
});
