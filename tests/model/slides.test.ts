import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closestIssues } from '../../src/load/zod-problems.ts';
import { templateSchemas, type TemplateName } from '../../src/model/slides/index.ts';

type Case = [name: string, template: TemplateName, input: unknown];
type BadCase = [...Case, paths: (string | number)[][]];

// The paths users are shown: a failed union points into the one branch the value has the shape of.
const issuePaths = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.flatMap(closestIssues).map((issue) => issue.path) ?? [];

const table = (rows: unknown[], extra: object = {}) => ({ unit: 'JPY million', columns: ['FY2023', 'FY2024'], rows, ...extra });
const chart = (series: unknown[], extra: object = {}) => ({ categories: ['FY2023', 'FY2024'], series, ...extra });

describe('templateSchemas[name].data', () => {
  it.each<Case>([
    ['title without data', 'title', undefined],
    ['title with a subtitle', 'title', { subtitle: 'FY2024 results' }],
    ['agenda', 'agenda', { items: ['Results', 'Outlook'] }],
    ['section without data', 'section', undefined],
    ['highlights, strings', 'highlights', ['Revenue up 8%', 'Record profit']],
    ['highlights, three levels', 'highlights', ['A', { text: 'B', items: ['B1', { text: 'B2', items: ['B2a'] }] }]],
    ['table with nulls, row unit and emphasis', 'table', table([
      { label: 'Revenue', values: [61880, 66835], emphasis: true },
      { label: 'Operating margin', values: [17.1, null], unit: '%', indent: 1 },
    ])],
    ['chart with negatives and a gap', 'chart', chart([{ name: 'Profit', values: [-1980, null] }], { unit: 'JPY million' })],
  ])('accepts %s', (_, template, input) => {
    expect(templateSchemas[template].data.safeParse(input).error?.issues).toBeUndefined();
  });

  it.each<BadCase>([
    ['a typo in a field name', 'title', { subtitel: 'x' }, [[]]],
    ['agenda without items', 'agenda', {}, [['items']]],
    ['an empty agenda', 'agenda', { items: [] }, [['items']]],
    ['a non-string agenda item', 'agenda', { items: ['A', 2] }, [['items', 1]]],
    ['empty highlights', 'highlights', [], [[]]],
    ['a bullet with a typo deep down', 'highlights', ['A', { text: 'B', items: [{ txt: 'C' }] }], [[1, 'items', 0, 'text'], [1, 'items', 0]]],
    ['a wrong-typed bullet in a highlights document', 'highlights', { kind: 'highlights', bullets: ['A', 'B', { text: 5 }] }, [['bullets', 2, 'text']]],
    ['a string figure', 'table', table([{ label: 'Revenue', values: ['61,880', 66835] }]), [['rows', 0, 'values', 0]]],
    ['a short row', 'table', table([{ label: 'Revenue', values: [1, 2] }, { label: 'Profit', values: [1] }]), [['rows', 1, 'values']]],
    [
      'a string figure and a long row together',
      'table',
      table([{ label: 'A', values: [1, 2, 3] }, { label: 'B', values: ['1', 2] }]),
      [['rows', 1, 'values', 0], ['rows', 0, 'values']],
    ],
    ['a typo in a row field', 'table', table([{ label: 'A', values: [1, 2], emphasise: true }]), [['rows', 0]]],
    ['an indent of 9', 'table', table([{ label: 'A', values: [1, 2], indent: 9 }]), [['rows', 0, 'indent']]],
    ['no columns', 'table', { columns: [], rows: [{ label: 'A', values: [] }] }, [['columns']]],
    ['a chart series too long', 'chart', chart([{ name: 'S', values: [1, 2, 3] }]), [['series', 0, 'values']]],
    ['a NaN in a chart', 'chart', chart([{ name: 'S', values: [Number.NaN, 1] }]), [['series', 0, 'values', 0]]],
    ['a string in a chart', 'chart', chart([{ name: 'S', values: ['1', 1] }]), [['series', 0, 'values', 0]]],
    ['a chart without series', 'chart', chart([]), [['series']]],
  ])('rejects %s', (_, template, input, paths) => {
    expect(issuePaths(templateSchemas[template].data.safeParse(input))).toEqual(paths);
  });
});

describe('templateSchemas[name].options', () => {
  it.each<[TemplateName, unknown]>([
    ['title', {}],
    ['agenda', { numerals: 'arabic' }],
    ['section', {}],
    ['highlights', { fragments: false, compact: false, columns: 1 }],
    ['table', { fragments: false }],
    ['chart', { kind: 'bar', fragments: false, valueLabels: true }],
  ])('%s options default when omitted', (template, expected) => {
    expect(templateSchemas[template].options.parse(undefined)).toEqual(expected);
  });

  it.each<BadCase>([
    ['an unknown option', 'table', { fragment: true }, [[]]],
    ['an unknown chart kind', 'chart', { kind: 'pie' }, [['kind']]],
    ['a string boolean', 'highlights', { fragments: 'yes' }, [['fragments']]],
    ['a current item of 0', 'agenda', { current: 0 }, [['current']]],
  ])('rejects %s', (_, template, input, paths) => {
    expect(issuePaths(templateSchemas[template].options.safeParse(input))).toEqual(paths);
  });

  it('keeps given chart options', () => {
    expect(templateSchemas.chart.options.parse({ kind: 'line', yLabel: '%' })).toEqual({
      kind: 'line',
      fragments: false,
      valueLabels: true,
      yLabel: '%',
    });
  });
});

describe('z.toJSONSchema(templateSchemas[name])', () => {
  it.each(Object.keys(templateSchemas) as TemplateName[])('%s converts, with descriptions', (template) => {
    const { data, options } = templateSchemas[template];
    const json = JSON.stringify([z.toJSONSchema(data, { io: 'input' }), z.toJSONSchema(options, { io: 'input' })]);
    expect(json).toContain('"description"');
  });

  it('every field has a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(properties ?? {})) {
        const described = child.description ?? (child.anyOf as { description?: string }[] | undefined)?.[0]?.description;
        if (!described) missing.push(`${path}.${key}`);
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    for (const [name, schema] of Object.entries(templateSchemas)) {
      walk(z.toJSONSchema(schema.data, { io: 'input' }), `${name}.data`);
      walk(z.toJSONSchema(schema.options, { io: 'input' }), `${name}.options`);
    }
    expect(missing).toEqual([]);
  });
});
