import { describe, expect, it } from 'vitest';
import { incomeStatement } from './ir-fixtures.ts';
import { count, renderSlide } from './render.ts';

const labels = (html: string) =>
  [...html.matchAll(/<text class="qd-figure qd-value-label[^"]*"[^>]*><title>[^<]*<\/title>([^<]*)</g)].map((m) => m[1]);

describe('FinancialChartSlide', () => {
  it('draws the chosen rows as series over the chosen columns, every label traceable', async () => {
    const { body } = renderSlide('financial-chart', {
      data: incomeStatement,
      options: { columns: ['FY06', 'FY07'], rows: ['revenue', 'total-costs'] },
    });
    await expect(body).toMatchFileSnapshot('./__golden__/financial-chart.html');
    expect(count(body, /<rect class="qd-bar/g)).toBe(4);
    expect(labels(body)).toEqual(['57.1', '66.8', '46.0', '52.9']);
    expect(count(body, /data-source="000_9e66fd0b7d2bdcb7.txt: Consolidated Financial Results"/g)).toBe(4);
    expect(body).toContain('qd-legend');
  });

  it('prints a row of % of revenues under the categories, the stated value where there is one', () => {
    const { body } = renderSlide('financial-chart', {
      data: incomeStatement,
      options: { kind: 'bar', columns: ['FY06', 'FY07'], rows: ['total-costs'], ratio: {} },
    });
    expect(body).toContain('% of revenues');
    expect(labels(body)).toEqual(['46.0', '52.9', '80.6%', '79.2%']);
  });

  it('keeps a corrected figure marked', () => {
    const { body } = renderSlide('financial-chart', {
      data: incomeStatement,
      options: { columns: ['FY07'], rows: ['income-before-tax'] },
    });
    expect(body).toContain('qd-corrected');
  });

  it('labels a change arrow with the stated YoY and gives the computed one in its tooltip', () => {
    const { body } = renderSlide('financial-chart', {
      data: incomeStatement,
      options: { kind: 'bar', columns: ['FY06', 'FY07'], rows: ['revenue'], arrows: [{ from: 'FY06', to: 'FY07' }] },
    });
    expect(count(body, /<g class="qd-change-arrow/g)).toBe(1);
    expect(body).toMatch(/<g class="qd-change-arrow[^"]*"><path class="qd-arrow-line[^"]*" d="M[\d.,VH]+"/);
    expect(body).toMatch(/<title>[^<]*As the deck states it; from the figures shown it computes to 17.0%<\/title>17.1%<\/text>/);
  });

  it('computes an arrow the data states no change for, and says so', () => {
    const { body } = renderSlide('financial-chart', {
      data: incomeStatement,
      options: { kind: 'bar', columns: ['FY06', 'FY07'], rows: ['total-costs'], arrows: [{ from: 'FY06', to: 'FY07', kind: 'change' }] },
    });
    expect(body).toMatch(/qd-computed[^>]*><title>[^<]*Computed: change of FY07 against FY06<\/title>6.9<\/text>/);
  });

  it('names a series by the legend: the data gives its row, and totals a stacked chart', () => {
    const data = {
      ...incomeStatement,
      rows: incomeStatement.rows.map((r) => (r.metric === 'total-costs' ? { ...r, legend: 'Costs and expenses' } : r)),
    };
    const { body } = renderSlide('financial-chart', { data, options: { kind: 'stacked', columns: ['FY06', 'FY07'], rows: ['revenue.recurring', 'total-costs'] } });
    expect(body).toMatch(/<\/span>Costs and expenses<\/li>/);
    expect(body).not.toContain('Total Costs');
    expect(body).toMatch(/qd-computed[^>]*><title>[^<]*Computed: sum of Recurring, Costs and expenses in FY07<\/title>100.2<\/text>/);
  });
});
