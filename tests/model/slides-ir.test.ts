import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { templateSchemas, type TemplateName } from '../../src/model/slides/index.ts';
import * as fx from '../templates/ir-fixtures.ts';

type Case = [name: string, template: TemplateName, input: unknown];
type BadCase = [...Case, paths: (string | number)[][]];

const issuePaths = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((issue) => issue.path) ?? [];

const waterfall = (steps: unknown[]) => ({ unit: 'JPY million', source: fx.source('Bridge'), steps });

describe('templateSchemas[name].data for IR documents', () => {
  it.each<Case>([
    ['an income statement', 'financial-table', fx.incomeStatement],
    ['a balance sheet', 'financial-table', fx.balanceSheet],
    ['a forecast as a financial table', 'financial-table', fx.forecast],
    ['a table for KPIs', 'kpi-summary', fx.incomeStatement],
    ['a forecast', 'forecast', fx.forecast],
    ['a target revision', 'forecast', fx.targetRevision],
    ['group companies', 'group-companies', fx.groupCompanies],
    ['press releases', 'press-releases', fx.pressReleases],
    ['a company profile', 'company-profile', fx.companyProfile],
    ['a text', 'text', fx.forwardLooking],
    ['contacts', 'contact', fx.contacts],
    ['a waterfall', 'waterfall', waterfall([{ label: 'A', kind: 'start', value: 1 }, { label: 'B', value: -2 }, { label: 'C', kind: 'end' }])],
  ])('accepts %s', (_, template, input) => {
    expect(templateSchemas[template].data.safeParse(input).error?.issues).toBeUndefined();
  });

  it.each<BadCase>([
    ['a figure written as text', 'financial-table', { ...fx.balanceSheet, rows: [{ metric: 'cash', label: 'Cash', values: { Mar08: '11,471' } }] }, [['rows', 0, 'values', 'Mar08']]],
    ['a value for a column that does not exist', 'financial-table', { ...fx.balanceSheet, rows: [{ metric: 'cash', label: 'Cash', values: { Dec07: 1 } }] }, [['rows', 0, 'values', 'Dec07']]],
    ['a text document as a table', 'financial-table', fx.forwardLooking, [['kind']]],
    ['a balance sheet as a forecast', 'forecast', fx.balanceSheet, [['kind']]],
    ['a corrected ownership without a note', 'group-companies', { ...fx.groupCompanies, companies: [{ name: 'A', relation: 'consolidated-subsidiary', ownership: { value: 1, text: '1' } }] }, [['companies', 0, 'ownership', 'note']]],
    ['a typo in a field', 'contact', { ...fx.contacts, emial: 'x' }, [[]]],
    ['a waterfall delta without a value', 'waterfall', waterfall([{ label: 'A', kind: 'start', value: 1 }, { label: 'B' }]), [['steps', 1, 'value']]],
    ['a typed waterfall end', 'waterfall', waterfall([{ label: 'A', kind: 'start', value: 1 }, { label: 'B', kind: 'end', value: 1 }]), [['steps', 1, 'value']]],
    ['a waterfall without a source', 'waterfall', { unit: 'JPY million', steps: [{ label: 'A', kind: 'start', value: 1 }, { label: 'B', kind: 'end' }] }, [['source']]],
  ])('rejects %s', (_, template, input, paths) => {
    expect(issuePaths(templateSchemas[template].data.safeParse(input))).toEqual(paths);
  });
});

describe('the wrong kind of document', () => {
  it.each<[TemplateName, unknown, string]>([
    ['financial-table', fx.forwardLooking, 'expected a table document'],
    ['forecast', fx.balanceSheet, 'expected a forecast or target-revision document'],
  ])('%s names the kinds it takes', (template, input, message) => {
    expect(templateSchemas[template].data.safeParse(input).error?.issues[0]?.message).toContain(message);
  });
});

describe('templateSchemas[name].options for IR documents', () => {
  it.each<[TemplateName, unknown]>([
    ['financial-table', { emphasis: [], comment: false, fragments: false }],
    ['kpi-summary', {}],
    ['forecast', { comment: false, fragments: false }],
    ['group-companies', { relation: 'all' }],
    ['press-releases', {}],
    ['company-profile', { shareholders: 5 }],
    ['text', { size: 'auto' }],
    ['contact', {}],
    ['waterfall', { fragments: false, valueLabels: true }],
  ])('%s options default when omitted', (template, expected) => {
    expect(templateSchemas[template].options.parse(undefined)).toEqual(expected);
  });

  it.each<BadCase>([
    ['a yoy column without base', 'financial-table', { columns: [{ column: 'FY07', computed: 'yoy' }] }, [['columns', 0, 'base']]],
    ['an unknown computation', 'financial-table', { columns: [{ column: 'FY07', computed: 'cagr' }] }, [['columns', 0]]],
    ['row 0', 'financial-table', { rows: { from: 0 } }, [['rows', 'from']]],
    ['an empty row list', 'financial-table', { rows: [] }, [['rows']]],
    ['nine KPIs', 'kpi-summary', { items: Array.from({ length: 9 }, () => ({ metric: 'revenue' })) }, [['items']]],
    ['an unknown relation', 'group-companies', { relation: 'affiliate' }, [['relation']]],
    ['three columns of releases', 'press-releases', { columns: 3 }, [['columns']]],
    ['an unknown option', 'contact', { size: 'small' }, [[]]],
  ])('rejects %s', (_, template, input, paths) => {
    expect(issuePaths(templateSchemas[template].options.safeParse(input))).toEqual(paths);
  });

  it('keeps a split of a table by metric', () => {
    expect(templateSchemas['financial-table'].options.parse({ rows: { from: 'cash', to: 4 } }).rows).toEqual({ from: 'cash', to: 4 });
  });
});
