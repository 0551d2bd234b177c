import { describe, expect, it } from 'vitest';
import { lookup, parseDataPath, parseDataReference } from '../../src/load/data-reference.ts';

describe('parseDataReference', () => {
  it.each([
    ['acme/results.yaml', { file: 'acme/results.yaml', path: [] }],
    ['acme/results.yaml#pl', { file: 'acme/results.yaml', path: ['pl'] }],
    ['acme/results.yaml#revenue.quarterly[0]', { file: 'acme/results.yaml', path: ['revenue', 'quarterly', 0] }],
    ['iij/2008-06-*.yaml', { file: 'iij/2008-06-*.yaml', path: [] }],
    ['a.yaml#rows[2].values[10]', { file: 'a.yaml', path: ['rows', 2, 'values', 10] }],
    ['a.yaml#[1]', { file: 'a.yaml', path: [1] }],
    ['a.yaml#日本語.売上', { file: 'a.yaml', path: ['日本語', '売上'] }],
    // A key may hold any character but . [ ] and space: YAML keys may, and only the first # splits.
    ['a.yaml#a#b', { file: 'a.yaml', path: ['a#b'] }],
  ])('reads %s', (text, expected) => {
    expect(parseDataReference(text)).toEqual(expected);
  });

  it.each([
    ['', 'nothing written'],
    ['a.yaml#', 'an empty path after #'],
    ['a b.yaml', 'a space in the file'],
    ['a.yaml#x y', 'a space in the path'],
    ['#pl', 'no file'],
    ['a.yaml#a..b', 'an empty key'],
    ['a.yaml#a.', 'a trailing dot'],
    ['a.yaml#a[0]b', 'a key straight after an index'],
    ['a.yaml#a[x]', 'an index that is not a number'],
    ['a.yaml#a[-1]', 'a negative index'],
  ])('refuses %j (%s)', (text) => {
    expect(parseDataReference(text)).toBeUndefined();
  });
});

describe('parseDataPath', () => {
  it.each([
    ['a', ['a']],
    ['a.b.c', ['a', 'b', 'c']],
    ['a[0][1]', ['a', 0, 1]],
    ['a[0].b', ['a', 0, 'b']],
    ['a-b.c_d', ['a-b', 'c_d']],
    ['', []],
  ])('reads %s', (text, expected) => {
    expect(parseDataPath(text)).toEqual(expected);
  });

  it.each(['.', '.a', 'a.', 'a..b', '[', 'a[', 'a[0', 'a]', 'a[0]b'])('refuses %j', (text) => {
    expect(parseDataPath(text)).toBeUndefined();
  });
});

describe('lookup', () => {
  const data = { pl: { rows: [{ label: 'Revenue', values: [1, null] }], unit: 'JPY million' }, empty: null };

  it.each([
    [[], data],
    [['pl', 'unit'], 'JPY million'],
    [['pl', 'rows', 0, 'label'], 'Revenue'],
    [['pl', 'rows', 0, 'values', 1], null],
    [['empty'], null],
  ])('finds %j', (path, value) => {
    expect(lookup(data, path)).toEqual({ found: true, value });
  });

  it.each([
    ['a missing key, naming the keys there', ['pl', 'revenue'], { at: ['pl'], missing: 'revenue', choices: ['rows', 'unit'] }],
    ['an index past the end', ['pl', 'rows', 1], { at: ['pl', 'rows'], missing: 1, choices: [] }],
    ['a key into a list', ['pl', 'rows', 'label'], { at: ['pl', 'rows'], missing: 'label', choices: [] }],
    ['an index into a map', ['pl', 0], { at: ['pl'], missing: 0, choices: ['rows', 'unit'] }],
    ['a key into null', ['empty', 'x'], { at: ['empty'], missing: 'x', choices: [] }],
    ['a key into a string', ['pl', 'unit', 'length'], { at: ['pl', 'unit'], missing: 'length', choices: [] }],
    ['an inherited property', ['pl', 'toString'], { at: ['pl'], missing: 'toString', choices: ['rows', 'unit'] }],
  ])('misses %s', (_what, path, miss) => {
    expect(lookup(data, path)).toEqual({ found: false, ...miss });
  });
});
