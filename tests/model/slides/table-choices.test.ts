import { describe, expect, it } from 'vitest';
import { checkTableChoices } from '../../../src/model/slides/table-choices.ts';

const doc = { columns: [{ id: 'FY07' }, { id: 'FY06' }], rows: [{ metric: 'revenue' }, { metric: 'operating-income' }] };

describe('checkTableChoices', () => {
  it.each([
    ['known ids', { columns: ['FY07', { column: 'FY07', base: 'FY06' }], rows: ['revenue'], emphasis: ['revenue'] }, []],
    ['an unknown column', { columns: ['FY08'] }, [['columns', 0]]],
    ['an unknown base', { columns: [{ column: 'FY07', base: 'FY05' }] }, [['columns', 0, 'base']]],
    ['an unknown row metric', { rows: ['revenu'] }, [['rows', 0]]],
    ['a range end past the table', { rows: { from: 1, to: 9 } }, [['rows', 'to']]],
    ['an unknown range metric', { rows: { from: 'cash' } }, [['rows', 'from']]],
    ['an unknown emphasis', { emphasis: ['net-income'] }, [['emphasis', 0]]],
  ])('checkTableChoices with %s', (_name, options, paths) => {
    expect(checkTableChoices(doc, options).map((issue) => issue.path)).toEqual(paths);
  });

  it('names the ids the data has', () => {
    expect(checkTableChoices(doc, { columns: ['FY08'] })[0]!.message).toBe('No column FY08 in the data. Its columns: FY07, FY06.');
  });
});

describe('financialChart.check', () => {
  it('names a ratio metric the data does not have, at ratio.of', async () => {
    const { financialChart } = await import('../../../src/model/slides/financial-chart.ts');
    const data = { columns: [{ id: 'FY07' }], rows: [{ metric: 'revenue' }, { metric: 'sga' }] } as Parameters<typeof financialChart.check>[0];
    const options = financialChart.options.parse({ ratio: { of: 'sg-and-a' } });
    expect(financialChart.check(data, options).map((issue) => issue.path)).toEqual([['ratio', 'of']]);
  });
});
