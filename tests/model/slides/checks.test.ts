import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../../src/model/data-path.ts';
import { templateSchemas, type TemplateName } from '../../../src/model/slides/index.ts';
import { balanceSheet, forecast, groupCompanies, incomeStatement, pressReleases, targetRevision } from '../../templates/ir-fixtures.ts';

/** The paths inside `options` that the template's check reports for this data and these options. */
function checked(template: TemplateName, data: unknown, options: unknown): DataPath[] {
  const schema = templateSchemas[template];
  const check = 'check' in schema ? (schema.check as (d: unknown, o: unknown) => { path: DataPath }[]) : () => [];
  return check(schema.data.parse(data), schema.options.parse(options)).map((issue) => issue.path);
}

type Case = [name: string, template: TemplateName, data: unknown, options: unknown, paths: DataPath[]];

describe('templateSchemas[name].check', () => {
  it.each<Case>([
    ['kpi-summary, known names', 'kpi-summary', incomeStatement, { items: [{ metric: 'revenue', column: 'FY07', base: 'FY06' }] }, []],
    ['kpi-summary, a metric typo', 'kpi-summary', incomeStatement, { items: [{ metric: 'revenue' }, { metric: 'revenu' }] }, [['items', 1, 'metric']]],
    ['kpi-summary, an unknown column and base', 'kpi-summary', incomeStatement, { items: [{ metric: 'revenue', column: 'FY09', base: 'FY05' }] }, [['items', 0, 'column'], ['items', 0, 'base']]],
    ['forecast, its defaults', 'forecast', forecast, {}, []],
    ['forecast, an unknown target and actual', 'forecast', forecast, { target: 'FY09', actual: 'FY05' }, [['target'], ['actual']]],
    ['forecast, an unknown row and column', 'forecast', forecast, { columns: ['FY08', 'FY09'], rows: ['revenue', 'revenu'] }, [['columns', 1], ['rows', 1]]],
    ['forecast, forecast options on target revisions', 'forecast', targetRevision, { target: 'FY08', rows: ['revenue'] }, [['target'], ['rows']]],
    ['forecast, target revisions without options', 'forecast', targetRevision, {}, []],
    ['financial-table, an unknown emphasis', 'financial-table', balanceSheet, { emphasis: ['goodwill'] }, [['emphasis', 0]]],
    ['financial-chart, an unknown ratio metric', 'financial-chart', incomeStatement, { ratio: { of: 'sga' } }, [['ratio', 'of']]],
    ['financial-chart, an unknown total row', 'financial-chart', incomeStatement, { kind: 'stacked', total: 'sum' }, [['total']]],
    ['financial-chart, an arrow between drawn columns', 'financial-chart', incomeStatement, { columns: ['FY06', 'FY07'], arrows: [{ from: 'FY06', to: 'FY07', row: 'revenue' }] }, []],
    ['financial-chart, an arrow to an unknown column', 'financial-chart', incomeStatement, { arrows: [{ from: 'FY06', to: 'FY09' }] }, [['arrows', 0, 'to']]],
    ['financial-chart, an arrow to a column not drawn', 'financial-chart', incomeStatement, { columns: ['FY07'], arrows: [{ from: 'FY06', to: 'FY07' }] }, [['arrows', 0, 'from']]],
    ['financial-chart, an arrow over a row not drawn', 'financial-chart', incomeStatement, { rows: ['revenue'], arrows: [{ from: 'FY06', to: 'FY07', row: 'total-costs' }] }, [['arrows', 0, 'row']]],
    ['financial-chart, a stacked arrow over the undrawn total row', 'financial-chart', incomeStatement, { kind: 'stacked', rows: ['revenue.recurring'], arrows: [{ from: 'FY06', to: 'FY07', row: 'revenue' }] }, []],
    ['group-companies, a run inside the list', 'group-companies', groupCompanies, { from: 2, to: 4 }, []],
    ['group-companies, a run past the list', 'group-companies', groupCompanies, { relation: 'equity-method-investee', from: 2 }, [['from']]],
    ['press-releases, a filed quarter', 'press-releases', pressReleases, { quarters: ['1Q FY2007'] }, []],
    ['press-releases, a quarter no release is filed under', 'press-releases', pressReleases, { quarters: ['1Q FY2007', '1Q FY2009'] }, [['quarters', 1]]],
    ['highlights, a run past the bullets', 'highlights', ['A', 'B'], { items: { from: 2, to: 3 } }, [['items', 'to']]],
  ])('%s', (_name, template, data, options, paths) => {
    expect(checked(template, data, options)).toEqual(paths);
  });

  it('kpi-summary names the metrics the data has', () => {
    const schema = templateSchemas['kpi-summary'];
    const [issue] = schema.check(schema.data.parse(incomeStatement), schema.options.parse({ items: [{ metric: 'revenu' }] }));
    expect(issue!.message).toBe(
      'No row with metric revenu in the data. Its rows: revenue, revenue.recurring, total-costs, income-before-tax, net-loss, eps.',
    );
  });
});
