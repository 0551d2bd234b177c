import { describe, expect, it } from 'vitest';
import { irDocumentSchema } from '../../../src/model/ir/index.ts';

const source = { seed: '000_9e66fd0b7d2bdcb7.txt', slide: 'Consolidated Financial Results for FY2007' };
const table = (patch: Record<string, unknown> = {}, row: Record<string, unknown> = {}) => ({
  kind: 'income-statement',
  source,
  unit: 'JPY billion',
  columns: [{ id: 'FY07', at: 'FY2007' }],
  rows: [{ metric: 'revenue', label: 'Total Revenues', values: { FY07: 66.8 }, ...row }],
  ...patch,
});

describe('irDocumentSchema accepts', () => {
  it.each([
    ['a plain table', table()],
    ['a figure object with a correction and its note', table({}, { values: { FY07: { value: 66.8, text: '668.4', note: 'merged with YoY 4' } } })],
    ['a row stated yoy', table({}, { stated: [{ derived: 'yoy', at: 'FY2007', value: 17.1 }] })],
  ])('%s', (_t, doc) => {
    const r = irDocumentSchema.safeParse(doc);
    expect(r.error?.issues).toBeUndefined();
  });
});

describe('irDocumentSchema rejects with the issue at the right path', () => {
  it.each([
    ['an unknown kind', { ...table(), kind: 'income' }, ['kind'], /kind|expected/i],
    ['a misspelled field', { ...table(), unitt: 'JPY billion' }, [], /unitt/],
    ['a figure written as a string', table({}, { values: { FY07: '66,835' } }), ['rows', 0, 'values', 'FY07'], /number/],
    ['a figure that is not a number', table({}, { values: { FY07: { value: 'n/a' } } }), ['rows', 0, 'values', 'FY07', 'value'], /number/],
    // The property test found it: decimals are read from how a figure is written, and 5e-324 crashed that.
    ['a figure too small to be printed', table({}, { values: { FY07: 5e-324 } }), ['rows', 0, 'values', 'FY07', 'value'], /too large or too small/],
    ['a figure too large to be printed', table({}, { values: { FY07: 1e21 } }), ['rows', 0, 'values', 'FY07', 'value'], /too large or too small/],
    ['a stated figure too small to be printed', table({}, { stated: [{ derived: 'yoy', at: 'FY2007', value: 1e-7 }] }), ['rows', 0, 'stated', 0, 'value'], /too large or too small/],
    ['a deck-style period', table({ columns: [{ id: 'FY07', at: '1Q08' }] }), ['columns', 0, 'at'], /canonical period/],
    ['a value for an undeclared column', table({}, { values: { FY06: 57.1 } }), ['rows', 0, 'values', 'FY06'], /no column/],
    ['a correction without a note', table({}, { values: { FY07: { value: 66.8, text: '668.4' } } }), ['rows', 0, 'values', 'FY07', 'note'], /note/],
    ['a flag without a note', table({}, { values: { FY07: { value: 66.8, flag: 'unresolved' } } }), ['rows', 0, 'values', 'FY07', 'note'], /note/],
    ['an unknown unit', table({ unit: 'USD' }), ['unit'], /JPY/],
    ['a metric with spaces', table({}, { metric: 'Total Revenues' }), ['rows', 0, 'metric'], /kebab/],
    ['a seed that is not a seed file', table({ source: { seed: 'deck.txt', slide: 'x' } }), ['source', 'seed'], /seed/],
    ['pct-change without base', table({}, { stated: [{ derived: 'pct-change', at: 'FY2007', value: 1 }] }), ['rows', 0, 'stated', 0, 'terms'], /base/],
    ['a target column without asOf', table({ columns: [{ id: 'FY07', at: 'FY2007', basis: 'target' }] }), ['columns', 0, 'asOf'], /asOf/],
    ['an unknown basis', table({ columns: [{ id: 'FY07', at: 'FY2007', basis: 'plan' }] }), ['columns', 0, 'basis'], /actual/],
    ['a date that is not a calendar date', table({ kind: 'balance-sheet', columns: [{ id: 'FY07', at: '2008-02-30' }] }), ['columns', 0, 'at'], /period|date/],
    [
      'a stated figure in statements without a metric',
      { kind: 'statements', source, stated: [{ derived: 'yoy', at: 'FY2007', value: 17.1 }] },
      ['stated', 0, 'of'],
      /needs `of`/,
    ],
    [
      'a fact that is a target without asOf',
      { kind: 'statements', source, facts: [{ metric: 'revenue', at: 'FY2008', basis: 'target', value: 78.5, unit: 'JPY billion' }] },
      ['facts', 0, 'asOf'],
      /asOf/,
    ],
    [
      'a misspelled field in a nested highlight bullet',
      { kind: 'highlights', source, bullets: [{ text: 'a', children: [{ txt: 'b' }] }] },
      ['bullets', 0, 'children', 0],
      /txt/,
    ],
    [
      'a target revision without asOf',
      { kind: 'target-revision', source, revisions: [{ metric: 'revenue', label: 'Revenues', period: 'FY2008', unit: 'JPY billion', previous: 73, new: 69.3, reasons: ['x'] }] },
      ['asOf'],
      /expected string|asOf/i,
    ],
    [
      'a press release with a bad date',
      { kind: 'press-releases', source, releases: [{ date: '2007-4-2', title: 'x' }] },
      ['releases', 0, 'date'],
      /ISO/,
    ],
    [
      'a group company with an unknown relation',
      { kind: 'group-companies', source, companies: [{ name: 'X', relation: 'affiliate' }] },
      ['companies', 0, 'relation'],
      /consolidated-subsidiary/,
    ],
    [
      'a slide inventory entry with an unknown content kind',
      { kind: 'slide-inventory', seed: '000_9e66fd0b7d2bdcb7.txt', deck: 'd', date: 'June 2008', slides: [{ title: 't', content: 'chart' }] },
      ['slides', 0, 'content'],
      /chart-values-missing/,
    ],
  ])('%s', (_t, doc, path, message) => {
    const r = irDocumentSchema.safeParse(doc);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(r.error!.issues, null, 1)).toBeDefined();
    expect(issue!.message + JSON.stringify(issue)).toMatch(message);
  });
});
