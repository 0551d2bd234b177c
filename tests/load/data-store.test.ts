import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataStore, type ParsedValues } from '../../src/load/data-store.ts';

/** An in-memory stand-in for the build cache, counting what it was asked. */
function memory(): ParsedValues & { hits: number; stored: number } {
  const values = new Map<string, unknown>();
  return {
    hits: 0,
    stored: 0,
    async get(text) {
      if (!values.has(text)) return undefined;
      this.hits += 1;
      return { value: structuredClone(values.get(text)) };
    },
    async set(text, value) {
      this.stored += 1;
      values.set(text, structuredClone(value));
    },
  };
}

describe('DataStore with parsed values kept between runs', () => {
  it('takes a file it parsed before from them, with the same value and the same positions for problems', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'qd-store-'));
    await mkdir(path.join(root, 'data'));
    const file = path.join(root, 'data', 'x.yaml');
    await writeFile(file, 'unit: JPY\nrows:\n  - { label: Revenue, values: [1, .inf] }\n');
    const parsed = memory();

    const first = await new DataStore(root, parsed).read(file);
    const second = await new DataStore(root, parsed).read(file);
    expect(parsed.stored).toBe(1);
    expect(parsed.hits).toBe(1);
    if (!first.ok || !second.ok || !('source' in first) || !('source' in second)) throw new Error('expected both reads to parse');
    expect(second.source.value).toEqual(first.source.value);
    expect(second.source.locate(['rows', 0, 'values', 1])).toEqual(first.source.locate(['rows', 0, 'values', 1]));
    expect(second.source.problemAtKey(['rows', 0, 'label'], 'm')).toEqual(first.source.problemAtKey(['rows', 0, 'label'], 'm'));
  });

  it('keeps no value of a file with a mistake, so the mistake is reported again', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'qd-store-'));
    await mkdir(path.join(root, 'data'));
    const file = path.join(root, 'data', 'x.yaml');
    await writeFile(file, 'a: 1\na: 2\n');
    const parsed = memory();
    const result = await new DataStore(root, parsed).read(file);
    expect(result.ok).toBe(false);
    expect(parsed.stored).toBe(0);
  });
});
