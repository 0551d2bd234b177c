import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, hashData, isPlainData, keyOf } from '../../src/compile/build-cache.ts';

const key = (name: string) => keyOf(name);

describe('BuildCache', () => {
  it('returns what was stored under a kind and key, and nothing for another kind or key', async () => {
    const cache = new BuildCache(await mkdtemp(path.join(tmpdir(), 'qd-cache-unit-')));
    await cache.set('page', key('a'), '<p>a</p>');
    expect((await cache.get('page', key('a')))?.toString()).toBe('<p>a</p>');
    expect(await cache.get('page', key('b'))).toBeUndefined();
    expect(await cache.get('client', key('a'))).toBeUndefined();
  });

  it('reads nothing with read: false, but still stores', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qd-cache-unit-'));
    const cold = new BuildCache(dir, { read: false });
    await cold.set('page', key('a'), 'x');
    expect(await cold.get('page', key('a'))).toBeUndefined();
    expect((await new BuildCache(dir).get('page', key('a')))?.toString()).toBe('x');
  });

  it('refuses a header that is not JSON, and a payload of another length', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qd-cache-unit-'));
    const cache = new BuildCache(dir);
    await cache.set('page', key('a'), 'abc');
    const file = path.join(dir, 'page', `${key('a')}.entry`);
    await writeFile(file, 'not json\nabc');
    expect(await cache.get('page', key('a'))).toBeUndefined();
    await cache.set('page', key('a'), 'abc');
    const { readFile } = await import('node:fs/promises');
    await writeFile(file, `${(await readFile(file, 'utf8'))}d`);
    expect(await cache.get('page', key('a'))).toBeUndefined();
  });

  it('removes entries that none of the last five builds used, once they are older than ten minutes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qd-cache-unit-'));
    const first = new BuildCache(dir);
    await first.set('page', key('old'), 'old');
    await first.finish();
    const old = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, 'page', `${key('old')}.entry`), old, old);
    for (let build = 0; build < 5; build += 1) {
      const cache = new BuildCache(dir);
      await cache.set('page', key('kept'), 'kept');
      await cache.set('page', key(`fresh-${build}`), 'fresh');
      await cache.finish();
      // Build logs are named by the time, to the millisecond.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const names = await readdir(path.join(dir, 'page'));
    expect(names).toContain(`${key('kept')}.entry`);
    expect(names).not.toContain(`${key('old')}.entry`);
    // Unused by the last five builds too, but written minutes ago: a build running beside may need it.
    expect(names).toContain(`${key('fresh-0')}.entry`);
    expect(await readdir(path.join(dir, 'builds'))).toHaveLength(5);
  });
});

describe('hashData', () => {
  it('tells apart values that JSON would not', () => {
    const distinct = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 0, '0', [undefined], [null], {}, { a: undefined }, new Map([['a', 1]]), { a: 1 }, new Set([1]), [1], { $map: [['a', 1]] }];
    const hashes = distinct.map((value) => hashData(value));
    expect(new Set(hashes).size).toBe(distinct.length);
    expect(hashData({ a: [1, { b: 'c' }] })).toBe(hashData({ a: [1, { b: 'c' }] }));
  });

  it('tells apart values whose parts run together', () => {
    const distinct = [['ab'], ['a', 'b'], { ab: '' }, { a: 'b' }, [[1], 2], [[1, 2]], [1, 2], '[1,2]', { a: { b: 1 } }, { a: {}, b: 1 }, 12, '12', 1n, true, 'true'];
    expect(new Set(distinct.map((value) => hashData(value))).size).toBe(distinct.length);
  });

  it('has a hash exactly for what isPlainData accepts', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    const values = [null, undefined, 1, -0, 'a', 1n, [1, [2]], { a: new Map([[{ k: 1 }, new Set([2])]]) }, Object.create(null), () => 1, [new Date(0)], { at: new URL('https://example.com') }, loop, new Map([[1, () => 1]]), Symbol('s')];
    for (const [index, value] of values.entries()) expect(isPlainData(value), `value ${index}`).toBe(hashData(value) !== undefined);
  });

  it('hashes a value shared in two places, but has no hash for one that contains itself', () => {
    const shared = { figure: 1 };
    expect(hashData({ a: shared, b: shared })).toBe(hashData({ a: { figure: 1 }, b: { figure: 1 } }));
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = [loop];
    expect(hashData(loop)).toBeUndefined();
  });

  it('has no hash for a function or a class instance', () => {
    expect(hashData({ render: () => 1 })).toBeUndefined();
    expect(hashData([new Date(0)])).toBeUndefined();
    expect(hashData({ at: new URL('https://example.com') })).toBeUndefined();
  });
});
