import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { balanceSheet, incomeStatement, SEED } from './ir-fixtures.ts';

// The text of each figure, row by row: cells hold a SourcedFigure span.
const cells = (body: string) =>
  [...body.matchAll(/<td class="qd-cell[^"]*">(?:<!--[^>]*-->)*<span class="qd-figure[^"]*"(?:"[^"]*"|[^>"])*>([^<]*)<\/span>/g)].map((m) => m[1]);
const headings = (body: string) => [...body.matchAll(/<th class="qd-head qd-head-(?:value|comment)[^"]*" scope="col">([^<]*)</g)].map((m) => m[1]);
const metrics = (body: string) => [...body.matchAll(/data-metric="([^"]+)"/g)].map((m) => m[1]);

const withYoy = {
  columns: ['FY06', 'FY07', { column: 'FY07', computed: 'yoy', base: 'FY06' }, { column: 'FY07', computed: 'percent-of-revenue' }],
  emphasis: ['revenue'],
};

describe('FinancialTableSlide', () => {
  it('renders an income statement with computed YoY and % of revenues', async () => {
    const { body } = renderSlide('financial-table', { title: 'Results', data: incomeStatement, options: withYoy });
    await expect(body).toMatchFileSnapshot('./__golden__/financial-table.html');
    expect(headings(body)).toEqual(['FY06', 'FY07', 'YoY', '% of revenues']);
    expect(body).toContain('Unit: JPY billion');
  });

  it('computes YoY and % of revenues from the figures (printing a stated value where there is one), negatives in brackets', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement, options: withYoy });
    expect(cells(body)).toEqual([
      '57.1', '66.8', '17.1%', '',
      '38.2', '47.3', '23.8%', '70.8%',
      '46.0', '52.9', '15.0%', '79.2%',
      '5.0', '4.4', '(12.0%)', '6.6%',
      '0.0', '(1.2)', '–', '(1.8%)',
      '23,480', '25,100', '6.9%', '–',
    ]);
  });

  it('prints the YoY the deck states and gives the one computed from the figures shown in its tooltip', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement, options: withYoy });
    expect(body).toMatch(/title="[^"]*Computed: YoY of FY07 against FY06\. As the deck states it; from the figures shown it computes to 17\.0%"[^>]*>17\.1%</);
  });

  it('marks every derived figure the source does not print with an asterisk, and adds one legend line', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement, options: withYoy });
    // Unstated: four YoY (only revenue's is stated; net loss has none) and four % of revenues (the revenue row is blank).
    expect(count(body, /<td class="qd-cell[^"]*qd-unstated[^"]*">/g)).toBe(8);
    expect(count(body, /<span class="qd-unstated-mark[^"]*">\*<\/span>/g)).toBe(8);
    expect(count(body, /Computed from the figures; not printed in the source\./g)).toBe(1);
    expect(body).not.toMatch(/qd-unstated[^>]*>(?:<!--[^>]*-->)*<span[^>]*>17\.1%/);
  });

  it('prints a ratio another slide states, citing that slide, and no legend when nothing is unstated', () => {
    const summary = { seed: SEED, slide: 'Summary' };
    const data = {
      ...incomeStatement,
      rows: incomeStatement.rows.slice(0, 1).concat([
        { metric: 'total-costs', label: 'Total Costs', values: { FY07: 52.9, FY06: 46.0 }, stated: [{ derived: 'ratio', at: 'FY2007', value: 79.1, source: summary }] },
      ] as never[]),
    };
    const { body } = renderSlide('financial-table', { data, options: { columns: ['FY07', { column: 'FY07', computed: 'percent-of-revenue' }] } });
    expect(cells(body)).toEqual(['66.8', '', '52.9', '79.1%']);
    expect(body).toMatch(/title="Source: [^"]*slide &quot;Summary&quot;\nComputed: Total Costs as % of revenue in FY07\. As the deck states it; from the figures shown it computes to 79\.2%"/);
    expect(body).not.toContain('qd-unstated');
    expect(body).not.toContain('qd-table-legend');
  });

  it('sets a table of four rows or fewer larger, centred in the body, and indents from its shallowest row', () => {
    const short = renderSlide('financial-table', { data: incomeStatement, options: { rows: ['revenue.recurring', 'total-costs'] } }).body;
    expect(short).toContain('qd-table-block qd-table-short');
    expect(short).toMatch(/qd-indent-1[^>]*>Recurring/);
    const children = renderSlide('financial-table', { data: incomeStatement, options: { rows: ['revenue.recurring'] } }).body;
    expect(children).toMatch(/qd-indent-0[^>]*>Recurring/);
    const long = renderSlide('financial-table', { data: incomeStatement }).body;
    expect(long).not.toContain('qd-table-short');
  });

  it('keeps the bracketed span of a period heading on one line', () => {
    const data = { ...incomeStatement, columns: [{ id: 'FY07', at: 'FY2007', label: 'FY07 (07/4 ~ 08/3)' }, incomeStatement.columns[1]!] };
    const { body } = renderSlide('financial-table', { data, options: { columns: ['FY07'] } });
    expect(body).toMatch(/scope="col">FY07(?:<!--[^>]*-->)* <span class="qd-nowrap[^"]*">\(07\/4 ~ 08\/3\)<\/span>/);
  });

  it('makes every figure traceable: source in title and data-source, focusable', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement, options: withYoy });
    const figures = count(body, /<span class="qd-figure(?! qd-empty)/g);
    expect(figures).toBe(21);
    expect(count(body, /data-source="000_9e66fd0b7d2bdcb7.txt: Consolidated Financial Results"/g)).toBe(figures);
    expect(count(body, /tabindex="0"/g)).toBe(figures);
    expect(count(body, new RegExp(`title="Source: ${SEED}, slide &quot;Consolidated Financial Results&quot;`, 'g'))).toBe(figures);
  });

  it('marks a corrected figure and puts its note in the title', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement });
    expect(body).toMatch(/<span class="qd-figure qd-corrected[^"]*" title="[^"]*The text reads &quot;44&quot;.\nThe text lost the decimal point."/);
    expect(count(body, /qd-corrected/g)).toBe(1);
  });

  it('indents sub-items by metric depth and names a foreign row unit', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement });
    expect(body).toMatch(/qd-indent-1[^>]*>Recurring/);
    expect(body).toMatch(/EPS(?:<!--[^>]*-->)*<span class="qd-row-unit[^"]*">\(JPY\)/);
    expect(count(body, /qd-row-unit/g)).toBe(1);
  });

  it('computes a balance-sheet change with the comment column', () => {
    const { body } = renderSlide('financial-table', {
      data: balanceSheet,
      options: { columns: ['Mar07', 'Mar08', { column: 'Mar08', computed: 'change', base: 'Mar07' }], comment: true },
    });
    expect(cells(body)).toEqual([
      '13,555', '11,471', '(2,084)',
      '1,111', '1,184', '73',
      '(24,271)', '(19,555)', '4,716',
      '47,693', '55,703', '8,010',
    ]);
    expect(headings(body)).toEqual(['March 31, 2007', 'March 31, 2008', 'Change', 'Comment']);
    expect(body).toContain('<td class="qd-comment svelte-cmovg8">Used cash to acquire shares</td>');
  });

  it.each([
    [{ from: 2, to: 3 }, ['inventories', 'accumulated-deficit']],
    [{ from: 'accumulated-deficit' }, ['accumulated-deficit', 'total-assets']],
    [{ to: 'cash' }, ['cash']],
    [['total-assets', 'cash'], ['total-assets', 'cash']],
  ])('rows %j show %j, so one table splits over two slides', (rows, shown) => {
    expect(metrics(renderSlide('financial-table', { data: balanceSheet, options: { rows } }).body)).toEqual(shown);
  });

  it.each([
    [9, false],
    [10, true],
  ])('%i rows are compact: %s', (n, compact) => {
    const rows = Array.from({ length: n }, (_, i) => ({ metric: `m${i}`, label: `Row ${i}`, values: { A: i } }));
    const data = { ...balanceSheet, columns: [{ id: 'A', at: 'FY2007' }], rows };
    expect(renderSlide('financial-table', { data }).body.includes('qd-table-compact')).toBe(compact);
  });

  it('takes its title from the data source when the slide has none', () => {
    expect(renderSlide('financial-table', { data: balanceSheet }).body).toContain('>Consolidated Balance Sheets</h2>');
  });

  it('escapes markup in labels', () => {
    const { body } = renderSlide('financial-table', { data: incomeStatement });
    expect(body).toContain('Net Loss &lt;b>');
    expect(body).not.toContain('<b>');
  });
});
