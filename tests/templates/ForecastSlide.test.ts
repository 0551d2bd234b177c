import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { forecast, targetRevision } from './ir-fixtures.ts';

const figures = (body: string) =>
  [...body.matchAll(/<span class="qd-figure[^"]*"(?:"[^"]*"|[^>"])*>([^<]*)<\/span>/g)].map((m) => m[1]);
const headings = (body: string) => [...body.matchAll(/<th class="qd-head qd-head-(?:value|comment|reasons)[^"]*" scope="col">([^<]*)</g)].map((m) => m[1]);

describe('ForecastSlide', () => {
  it('renders a forecast with the target’s change and YoY against last year’s actuals', async () => {
    const { body } = renderSlide('forecast', { title: 'Forecast for FY2008', data: forecast });
    await expect(body).toMatchFileSnapshot('./__golden__/forecast.html');
    expect(headings(body)).toEqual(['1H08 Target', 'FY08 Target', 'FY07 Actual', 'YoY change', 'YoY']);
    // 66.84 and 5.18 print to their column's one decimal; the tooltip keeps the reading.
    expect(figures(body)).toEqual(['34.5', '78.5', '66.8', '11.7', '17.4%', '0.8', '5.2', '5.2', '0.0', '0.4%']);
    expect(body).toContain('Read as 66.84; shown to the decimals of its column.');
  });

  it('prints "+" before an increase in the change column when the seed does (plus: true), not before YoY or zero', () => {
    const { body } = renderSlide('forecast', { data: { ...forecast, plus: true } });
    expect(figures(body)).toEqual(['34.5', '78.5', '66.8', '+11.7', '17.4%', '0.8', '5.2', '5.2', '0.0', '0.4%']);
  });

  it('marks an unresolved figure', () => {
    const { body } = renderSlide('forecast', { data: forecast });
    expect(body).toMatch(/<span class="qd-figure qd-corrected qd-flagged[^"]*" title="[^"]*Unresolved: kept as printed.\nKept as printed."/);
  });

  it('takes other columns and the comment column from the options', () => {
    const { body } = renderSlide('forecast', { data: forecast, options: { target: '1H08', columns: undefined, comment: true } });
    expect(headings(body)).toEqual(['1H08 Target', 'FY08 Target', 'FY07 Actual', 'YoY change', 'YoY', 'Comment']);
    expect(body).toContain('Computed: change of 1H08 Target against FY07 Actual');
    expect(body).toContain('Recurring revenues grow.');
  });

  it('renders target revisions with the change computed from previous and new', async () => {
    const { body } = renderSlide('forecast', { data: targetRevision });
    await expect(body).toMatchFileSnapshot('./__golden__/forecast-revision.html');
    expect(headings(body)).toEqual(['Previous target', 'New target', 'Change', 'Reasons for revision']);
    expect(figures(body)).toEqual(['73.0', '69.3', '(3.7)', '2.8', '1.3', '(1.5)']);
    expect(body).toContain('new target less previous target. As the deck states it; from the figures shown it computes to (3.7)');
    expect(count(body, /<li[ >]/g)).toBe(3);
    expect(body).toContain('Unit: JPY billion');
  });

  it('heads the label column with a period every revision shares, instead of repeating it per row', () => {
    const shared = renderSlide('forecast', { data: targetRevision }).body;
    expect(shared).toMatch(/<th class="qd-head qd-head-label[^"]*" scope="col">FY2008<\/th>/);
    expect(shared).not.toContain('qd-row-period');
    const mixed = { ...targetRevision, revisions: targetRevision.revisions.map((r, i) => (i === 0 ? { ...r, period: '1H FY2008' } : r)) };
    const body = renderSlide('forecast', { data: mixed }).body;
    expect(count(body, /<span class="qd-row-period[^"]*">/g)).toBe(2);
  });
});
