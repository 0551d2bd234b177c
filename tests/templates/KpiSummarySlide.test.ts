import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { balanceSheet, incomeStatement } from './ir-fixtures.ts';

const figures = (body: string) =>
  [...body.matchAll(/<span class="qd-figure[^"]*"(?:"[^"]*"|[^>"])*>([^<]*)<\/span>/g)].map((m) => m[1]);
const changes = (body: string) =>
  [...body.matchAll(/<p class="qd-kpi-change qd-kpi-(\w+)[^"]*">/g)].map((m) => m[1]);

describe('KpiSummarySlide', () => {
  it('renders headline figures with computed YoY', async () => {
    const { body } = renderSlide('kpi-summary', {
      title: 'Summary',
      data: incomeStatement,
      options: { items: [{ metric: 'revenue' }, { metric: 'income-before-tax', label: 'Pre-tax income' }] },
    });
    await expect(body).toMatchFileSnapshot('./__golden__/kpi-summary.html');
    expect(figures(body)).toEqual(['66.8', '17.1%', '4.4', '12.0%']);
    expect(changes(body)).toEqual(['up', 'down']);
    expect(body).toContain('Pre-tax income');
    expect(count(body, /<p class="qd-kpi-unit[^"]*">JPY billion<\/p>/g)).toBe(2);
  });

  it('defaults to the first four rows in the first column, against the prior-year column', () => {
    const { body } = renderSlide('kpi-summary', { data: incomeStatement });
    expect(count(body, /<li class="qd-kpi/g)).toBe(4);
    expect(count(body, /<p class="qd-kpi-period[^"]*">FY07<\/p>/g)).toBe(4);
    expect(changes(body)).toHaveLength(4);
  });

  it('compares balance-sheet dates a year apart and leaves out YoY without a base', () => {
    const bs = renderSlide('kpi-summary', { data: balanceSheet, options: { items: [{ metric: 'cash' }] } }).body;
    expect(figures(bs)).toEqual(['11,471', '15.4%']);
    expect(changes(bs)).toEqual(['down']);
    const oldest = renderSlide('kpi-summary', { data: incomeStatement, options: { items: [{ metric: 'revenue', column: 'FY06' }] } });
    expect(changes(oldest.body)).toEqual([]);
  });

  it('makes the figures and the YoY traceable', () => {
    const { body } = renderSlide('kpi-summary', { data: incomeStatement, options: { items: [{ metric: 'revenue' }] } });
    expect(count(body, /data-source="000_9e66fd0b7d2bdcb7.txt: Consolidated Financial Results"/g)).toBe(2);
    expect(count(body, /tabindex="0"/g)).toBe(2);
    expect(body).toContain('Computed: YoY of FY07 against FY06. As the deck states it; from the figures shown it computes to 17.0%');
  });

  it('lays five figures out in one row and six in two rows of three', () => {
    const metrics = ['revenue', 'revenue.recurring', 'total-costs', 'income-before-tax', 'eps', 'net-loss'];
    const five = renderSlide('kpi-summary', { data: incomeStatement, options: { items: metrics.slice(0, 5).map((metric) => ({ metric })) } }).body;
    expect(five).not.toContain('qd-kpis-two-rows');
    expect(five).toContain('grid-template-columns: repeat(10, 1fr)');
    const six = renderSlide('kpi-summary', { data: incomeStatement, options: { items: metrics.map((metric) => ({ metric })) } }).body;
    expect(six).toContain('qd-kpis-two-rows');
    expect([...six.matchAll(/grid-column: (\d+) \/ span 2; grid-row: (\d+) \/ span 8/g)].map((m) => `${m[1]}@${m[2]}`)).toEqual([
      '1@1', '3@1', '5@1', '1@9', '3@9', '5@9',
    ]);
  });

  it('shows a row as % of revenues with its change in points, printing the ratio the deck states', () => {
    const data = {
      ...incomeStatement,
      rows: [
        incomeStatement.rows[0],
        { metric: 'operating-income', label: 'Operating Income', values: { FY07: 4.8, FY06: 3.5 }, stated: [{ derived: 'ratio', at: 'FY2007', value: 7.1 }, { derived: 'ratio-change', at: 'FY2007', value: 1.0, decimals: 1 }] },
      ],
    };
    const { body } = renderSlide('kpi-summary', { data, options: { items: [{ metric: 'operating-income', measure: 'percent-of-revenue', label: 'Operating margin' }] } });
    expect(figures(body)).toEqual(['7.1%', '1.0 pt']);
    expect(changes(body)).toEqual(['up']);
    expect(body).toContain('from the figures shown it computes to 7.2%');
    expect(body).not.toContain('qd-kpi-unit');
  });

  it('shows a target under the result with its YoY against the result', () => {
    const data = {
      ...incomeStatement,
      columns: [...incomeStatement.columns, { id: 'FY08T', at: 'FY2008', basis: 'target', asOf: '2008-06', label: 'FY08 Target' }],
      rows: incomeStatement.rows.map((r): unknown => (r.metric === 'revenue' ? { ...r, values: { ...r.values, FY08T: 78.5 } } : r)),
    };
    const { body } = renderSlide('kpi-summary', { data, options: { items: [{ metric: 'revenue', column: 'FY07', target: 'FY08T' }] } });
    expect(figures(body)).toEqual(['66.8', '17.1%', '78.5', '17.5%']);
    expect(body).toMatch(/<p class="qd-kpi-target-period[^"]*">FY08 Target<\/p>/);
    expect(body).toContain('qd-kpis-targets');
  });
});
