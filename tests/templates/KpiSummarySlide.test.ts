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

  it('lays more than four figures out in two rows', () => {
    const items = ['revenue', 'revenue.recurring', 'total-costs', 'income-before-tax', 'eps'].map((metric) => ({ metric }));
    const { body } = renderSlide('kpi-summary', { data: incomeStatement, options: { items } });
    expect(body).toContain('qd-kpis-two-rows');
  });
});
