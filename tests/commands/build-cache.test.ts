import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { check } from '../../src/commands/check.ts';
import { BuildCache } from '../../src/compile/build-cache.ts';
import { ssrBundle } from '../../src/compile/ssr-bundle.ts';

/** Every file under `folder` (dot-folders such as .quarterdeck/ included) with the SHA-256 of its bytes. */
async function fingerprint(folder: string): Promise<Record<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result: Record<string, string> = {};
  for (const file of files.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const full = path.join(file.parentPath, file.name);
    result[path.relative(folder, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return result;
}

/** The cache's entries as kind/key.entry, with their bytes. */
async function entries(cacheDir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(cacheDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.entry')) {
      const full = path.join(entry.parentPath, entry.name);
      found.set(path.relative(cacheDir, full), await readFile(full));
    }
  }
  return found;
}

const kindAndKey = (name: string) => {
  const [kind, file] = name.split(path.sep) as [string, string];
  return { kind, key: file.replace(/\.entry$/, '') };
};

async function project(): Promise<{ root: string; work: string }> {
  const work = await mkdtemp(path.join(tmpdir(), 'qd-cache-'));
  const root = path.join(work, 'acme');
  await cp('tests/fixtures/acme', root, { recursive: true });
  return { root, work };
}

describe('the build cache', () => {
  it('gives a warm build the bytes of a cold one, after no change and after a data edit, and re-renders only what changed', async () => {
    const { root, work } = await project();
    const cacheDir = path.join(work, 'cache');
    const out = (name: string) => path.join(work, name);

    await build({ root, out: out('cold'), cacheDir });
    const cold = await fingerprint(out('cold'));
    expect(Object.keys(cold)).toContain('.quarterdeck/site.json');
    expect(Object.keys(cold).some((file) => file.startsWith('images/review/assets/'))).toBe(true);
    const kinds = new Set([...(await entries(cacheDir)).keys()].map((name) => kindAndKey(name).kind));
    expect([...kinds].sort()).toEqual(['client', 'page', 'ssr', 'valid', 'yaml']);

    await build({ root, out: out('warm'), cacheDir });
    expect(await fingerprint(out('warm'))).toEqual(cold);

    const before = new Set((await entries(cacheDir)).keys());
    const results = path.join(root, 'data/acme/results.yaml');
    await writeFile(results, (await readFile(results, 'utf8')).replace('54188', '54321'));
    await build({ root, out: out('warm-edited'), cacheDir });
    await build({ root, out: out('cold-edited'), cacheDir: path.join(work, 'other-cache'), noCache: true });
    const edited = await fingerprint(out('warm-edited'));
    expect(edited).toEqual(await fingerprint(out('cold-edited')));
    expect(edited['quarterly/index.html']).not.toEqual(cold['quarterly/index.html']);
    expect(await readFile(path.join(out('warm-edited'), 'quarterly/index.html'), 'utf8')).toContain('54,321');

    // Only pages of the deck that reads the edited file were rendered anew (and the deck lists, whose covers may show it).
    const added = [...(await entries(cacheDir)).keys()].filter((name) => !before.has(name)).map((name) => kindAndKey(name).kind);
    const pagesPerBuild = Object.keys(cold).filter((file) => file.endsWith('.html')).length;
    expect(added.filter((kind) => kind === 'page').length).toBeGreaterThanOrEqual(2);
    expect(added.filter((kind) => kind === 'page').length).toBeLessThan(pagesPerBuild);
    expect(added.filter((kind) => kind === 'client' || kind === 'ssr')).toEqual([]);
    expect(added.filter((kind) => kind === 'yaml')).toEqual(['yaml']);
    // ...and only the slides that read it were validated anew.
    const validated = [...before].filter((name) => kindAndKey(name).kind === 'valid').length;
    expect(added.filter((kind) => kind === 'valid').length).toBeGreaterThanOrEqual(1);
    expect(added.filter((kind) => kind === 'valid').length).toBeLessThan(validated);
  }, 240_000);

  it('ignores and rebuilds entries that are corrupt, truncated or written for another key, and the output stays the same', async () => {
    const { root, work } = await project();
    const cacheDir = path.join(work, 'cache');
    await build({ root, out: path.join(work, 'cold'), cacheDir });
    const cold = await fingerprint(path.join(work, 'cold'));

    const stored = [...(await entries(cacheDir))];
    const pages = stored.filter(([name]) => kindAndKey(name).kind === 'page');
    for (const [index, [name, bytes]] of stored.entries()) {
      const file = path.join(cacheDir, name);
      const { kind } = kindAndKey(name);
      if (kind === 'page' && index % 3 === 0) {
        // A whole, well-formed entry, but another page's: its header names the other key.
        const other = pages.find(([candidate]) => candidate !== name)!;
        await writeFile(file, other[1]);
      } else if (index % 2 === 0) {
        const flipped = Buffer.from(bytes);
        flipped[flipped.length - 7]! ^= 0x5a;
        await writeFile(file, flipped);
      } else {
        await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      }
    }
    await build({ root, out: path.join(work, 'after-corruption'), cacheDir });
    expect(await fingerprint(path.join(work, 'after-corruption'))).toEqual(cold);

    // Each damaged entry was written again, whole.
    const cache = new BuildCache(cacheDir);
    for (const [name] of stored) {
      const { kind, key } = kindAndKey(name);
      expect(await cache.get(kind, key), name).toBeDefined();
    }
  }, 240_000);

  it('reads nothing from the cache with --no-cache, so a poisoned entry cannot reach the output', async () => {
    const { root, work } = await project();
    const cacheDir = path.join(work, 'cache');
    await build({ root, out: path.join(work, 'cold'), cacheDir });
    const cold = await fingerprint(path.join(work, 'cold'));

    // Entries with valid checksums but false content: what someone who can write the cache could do.
    const cache = new BuildCache(cacheDir);
    for (const [name] of await entries(cacheDir)) {
      const { kind, key } = kindAndKey(name);
      if (kind === 'page') await cache.set(kind, key, '<!doctype html><p>POISON</p>\n');
    }
    await build({ root, out: path.join(work, 'poisoned'), cacheDir });
    // The cache is trusted when its checksums hold: this is what --no-cache is for.
    expect(await readFile(path.join(work, 'poisoned', 'quarterly/index.html'), 'utf8')).toContain('POISON');

    await build({ root, out: path.join(work, 'no-cache'), cacheDir, noCache: true });
    expect(await fingerprint(path.join(work, 'no-cache'))).toEqual(cold);
  }, 240_000);

  it('keys a page by how it is shared: a warm build with a base URL equals a cold one with it', async () => {
    const { root, work } = await project();
    const cacheDir = path.join(work, 'cache');
    await build({ root, out: path.join(work, 'plain'), cacheDir });
    const baseUrl = 'https://ir.example.com/decks/';
    await build({ root, out: path.join(work, 'warm'), cacheDir, baseUrl });
    await build({ root, out: path.join(work, 'cold'), cacheDir: path.join(work, 'other-cache'), noCache: true, baseUrl });
    const warm = await fingerprint(path.join(work, 'warm'));
    expect(warm).toEqual(await fingerprint(path.join(work, 'cold')));
    expect(warm['quarterly/index.html']).not.toEqual((await fingerprint(path.join(work, 'plain')))['quarterly/index.html']);
  }, 240_000);

  it('imports the compiled templates, the project\'s own included, from a cache folder outside Quarterdeck', async () => {
    const { root, work } = await project();
    const closing = path.join(root, 'templates/Closing.svelte');
    for (const round of ['built', 'from the cache']) {
      const bundle = await ssrBundle(root, [closing], new BuildCache(path.join(work, 'cache')));
      const modules = await bundle!.load();
      expect(typeof modules!.entry.renderDeckSlides, round).toBe('function');
      expect(typeof modules!.templates.get(closing)!.default, round).toBe('function');
      // Vitest resolves imports itself; plain Node, as the CLI runs, finds svelte only through node_modules.
      const folder = path.join(work, 'cache', 'ssr-modules', bundle!.identity);
      const script = `const m = await import(${JSON.stringify(pathToFileURL(path.join(folder, 'ssr-entry.js')).href)}); console.log(typeof m.renderDeckSlides);`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(child.stderr, round).toBe('');
      expect(child.stdout.trim(), round).toBe('function');
    }
  }, 120_000);

  it('lets check use the compiled templates of the cache and still report a template that does not compile', async () => {
    const { root, work } = await project();
    const cacheDir = path.join(work, 'cache');
    expect((await check({ root, cacheDir })).problems).toEqual([]);
    await writeFile(path.join(root, 'templates/Closing.svelte'), '<script>\n  let { data } = $props(\n</script>\n<p>{data.message}</p>\n');
    const problems = (await check({ root, cacheDir })).problems;
    expect(problems.some((problem) => problem.file === 'templates/Closing.svelte' && problem.line !== undefined)).toBe(true);
  }, 240_000);
});
