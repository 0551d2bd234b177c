import { describe, expect, it } from 'vitest';
import { templateSchemas, type TemplateName } from '../../../src/model/slides/index.ts';
import { talkingPoints } from '../../../src/templates/figures/talking-points.ts';
import { balanceSheet, forecast, incomeStatement, targetRevision } from '../ir-fixtures.ts';

/** Talking points of a slide as a deck file would give it: data and options through the slide schema. */
function pointsOf(template: TemplateName, data: unknown, options: unknown = {}): string[] {
  const schema = templateSchemas[template];
  return talkingPoints(template, schema.data.parse(data), schema.options.parse(options) as Record<string, unknown>);
}

describe('talkingPoints', () => {
  it('gives a financial table its unit, then every row with each cell it prints, named by column', () => {
    expect(
      pointsOf('financial-table', incomeStatement, {
        columns: ['FY07', 'FY06', { column: 'FY07', computed: 'yoy', base: 'FY06' }],
        rows: ['revenue', 'income-before-tax'],
      }),
    ).toEqual([
      'Unit: JPY billion',
      'Total Revenues: FY07 66.8; FY06 57.1; YoY 17.1%',
      'Income before Tax: FY07 4.4; FY06 5.0; YoY (12.0%)',
    ]);
  });

  it('gives a balance sheet its changes', () => {
    const points = pointsOf('financial-table', balanceSheet, { columns: ['Mar08', 'Mar07', { column: 'Mar08', computed: 'change', base: 'Mar07', label: 'Changes' }], rows: ['cash'] });
    expect(points).toEqual(['Unit: JPY million', 'Cash: March 31, 2008 11,471; March 31, 2007 13,555; Changes (2,084)']);
  });

  it('gives a chart the figures it draws', () => {
    expect(pointsOf('financial-chart', incomeStatement, { rows: ['revenue'] })).toEqual(['Unit: JPY billion', 'Total Revenues: FY07 66.8; FY06 57.1']);
  });

  it('gives KPI cards each figure with its unit and YoY', () => {
    expect(pointsOf('kpi-summary', incomeStatement, { items: [{ metric: 'revenue', column: 'FY07', base: 'FY06' }] })).toEqual([
      'Total Revenues, FY07: 66.8 JPY billion (YoY 17.1%)',
    ]);
  });

  it('gives a forecast its targets, the actuals and the change', () => {
    const [unit, revenue] = pointsOf('forecast', forecast);
    expect(unit).toBe('Unit: JPY billion');
    expect(revenue).toBe('Total Revenues: 1H08 Target 34.5; FY08 Target 78.5; FY07 Actual 66.8; YoY change 11.7; YoY 17.4%');
  });

  it('gives a target revision each new target, the previous one and the change', () => {
    expect(pointsOf('forecast', targetRevision)[0]).toBe('Revenues, FY2008 (JPY billion): 69.3, previous target 73.0, change (3.7)');
  });

  it('gives highlights the bullets that state a figure, sub-bullets included, within the chosen run', () => {
    const data = [
      { text: 'Revenue up 8.0% to JPY66.8 billion', items: ['Price revisions', 'Recurring revenues up JPY1,200 million'] },
      'IIJmio high-speed mobile/EM Service on EM7.2 from December, 2008',
      { text: 'New business', items: ['Trust Networks placed 440 ATMs'] },
    ];
    expect(pointsOf('highlights', data)).toEqual(['Revenue up 8.0% to JPY66.8 billion', 'Recurring revenues up JPY1,200 million', 'Trust Networks placed 440 ATMs']);
    expect(pointsOf('highlights', data, { items: { from: 2, to: 2 } })).toEqual([]);
  });

  it.each(['title', 'agenda', 'section', 'text', 'contact', 'group-companies', 'press-releases'])('gives a %s slide none', (template) => {
    expect(talkingPoints(template, {}, {})).toEqual([]);
  });
});
