import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { UserError } from '../../src/problems.ts';

const fixture = 'tests/fixtures/acme';

async function fingerprint(folder: string): Promise<Record<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result: Record<string, string> = {};
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    result[path.relative(folder, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return result;
}

describe('build', () => {
  it('writes each deck, the shared assets and the deck list', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-build-')), 'dist');
    const result = await build({ root: fixture, out });
    expect(result.decks.map((deck) => [deck.id, deck.editions.audience.slides, deck.editions.review.slides])).toEqual([['bridge', 1, 1], ['escaping', 1, 1], ['images', 2, 2], ['quarterly', 10, 10]]);
    const files = Object.keys(await fingerprint(out)).sort();
    expect(files).toContain('index.html');
    expect(files).toContain('quarterly/index.html');
    expect(files).toContain('quarterly/review/index.html');
    expect(files.some((file) => /^assets\/main-[\w-]+\.js$/.test(file))).toBe(true);
    const html = await readFile(path.join(out, 'quarterly/index.html'), 'utf8');
    expect(html.match(/<section class="qd-slide"/g)).toHaveLength(10);
    expect(html).toContain('<aside class="notes">Other income turned positive');
    const list = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(list).toContain('href="./quarterly/"');
  }, 60_000);

  it('copies each image into its edition\'s assets/ folder under a content-hashed name, with its size and alt text on the slide', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-build-')), 'dist');
    await build({ root: fixture, out });
    const html = await readFile(path.join(out, 'images/index.html'), 'utf8');
    const images = [...html.matchAll(/<img [^>]*src="\.\/(assets\/[^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)"/g)].map((m) => m.slice(1));
    expect(images).toEqual([
      [expect.stringMatching(/^assets\/assembly-line-[\w-]{8}\.svg$/), '640', '360', 'Diagram of the robot arm line, three stations from parts through assembly to test'],
      [expect.stringMatching(/^assets\/orders-by-quarter-[\w-]{8}\.png$/), '480', '270', 'Bar chart of orders rising from the first quarter to the fourth'],
    ]);
    for (const [file] of images) {
      const original = path.join(fixture, 'images', path.basename(file!).replace(/-[\w-]{8}\./, '.'));
      expect(await readFile(path.join(out, 'images', file!))).toEqual(await readFile(original));
      // The review edition has its own copy; the shared assets/ holds nothing of any deck.
      expect(await readFile(path.join(out, 'images/review', file!))).toEqual(await readFile(original));
      expect(existsSync(path.join(out, file!))).toBe(false);
    }
  }, 60_000);

  it('writes what serve needs: the release moments, and a public deck list for each span between releases', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-build-')), 'dist');
    await build({ root: fixture, out });
    const manifest = JSON.parse(await readFile(path.join(out, '.quarterdeck/site.json'), 'utf8'));
    // images.yaml says publishAt: 2031-04-01T09:00:00+09:00, which is midnight UTC.
    expect(manifest.decks.find((deck: { id: string }) => deck.id === 'images').publishAt).toBe('2031-04-01T00:00:00.000Z');
    expect(manifest.lists).toEqual([
      { from: null, file: '.quarterdeck/lists/0.html' },
      { from: '2031-04-01T00:00:00.000Z', file: '.quarterdeck/lists/1.html' },
    ]);
    const [before, after] = await Promise.all(manifest.lists.map(({ file }: { file: string }) => readFile(path.join(out, file), 'utf8')));
    expect(before).not.toContain('Factory tour');
    expect(before).not.toContain('./images/');
    expect(after).toContain('Factory tour');
    expect(after).toContain('href="./images/"');
    for (const list of [before, after]) {
      expect(list).toContain('href="./quarterly/"');
      expect(list).not.toContain('/review/');
      // Served at /, so its assets are linked from there.
      expect(list).toMatch(/href="\.\/assets\/main-[\w-]{8}\.css"/);
    }
    // The full list, for preview and static hosts, keeps every deck and the review links.
    const full = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(full).toContain('Factory tour');
    expect(full).toContain('href="./images/review/"');
  }, 60_000);

  it('gives identical files when run twice', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'qd-build-'));
    await build({ root: fixture, out: path.join(base, 'a') });
    await build({ root: fixture, out: path.join(base, 'b') });
    expect(await fingerprint(path.join(base, 'b'))).toEqual(await fingerprint(path.join(base, 'a')));
  }, 60_000);

  it('leaves the last good output untouched when the input is bad', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'qd-root-'));
    await cp(fixture, root, { recursive: true });
    const out = path.join(root, 'dist');
    await build({ root, out });
    const before = await fingerprint(out);
    const dataFile = path.join(root, 'data/acme/results.yaml');
    await writeFile(dataFile, (await readFile(dataFile, 'utf8')).replace('48210', 'forty-eight'));
    await expect(build({ root, out })).rejects.toThrow(UserError);
    expect(await fingerprint(out)).toEqual(before);
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([]);
  }, 60_000);

  it('leaves the last good output untouched when rendering fails half way', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'qd-root-'));
    await cp(fixture, root, { recursive: true });
    const out = path.join(root, 'dist');
    await build({ root, out });
    const before = await fingerprint(out);
    await writeFile(path.join(root, 'templates/Closing.svelte'), '<script>throw new Error("template bug");</script>');
    await expect(build({ root, out })).rejects.toThrow(/template bug/);
    expect(await fingerprint(out)).toEqual(before);
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([]);
  }, 60_000);

  it('removes the staging folders of a killed build, and only those', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'qd-root-'));
    await cp(fixture, root, { recursive: true });
    const out = path.join(root, 'dist');
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const folders = {
      killed: `dist.tmp-${gone}`,
      killedWhileSwapping: `dist.old-${gone}`,
      notOurs: `dist.tmp-${gone + 1}`,
      stillBuilding: `dist.tmp-${process.ppid}`,
    };
    await mkdir(path.join(root, folders.killed, 'assets'), { recursive: true });
    await writeFile(path.join(root, folders.killed, '.quarterdeck-staging'), `${gone}\n`);
    await mkdir(path.join(root, folders.killedWhileSwapping));
    await writeFile(path.join(root, folders.killedWhileSwapping, '.quarterdeck-build'), '');
    await mkdir(path.join(root, folders.notOurs));
    await writeFile(path.join(root, folders.notOurs, 'notes.txt'), 'mine');
    await mkdir(path.join(root, folders.stillBuilding));
    await writeFile(path.join(root, folders.stillBuilding, '.quarterdeck-staging'), `${process.ppid}\n`);

    await build({ root, out });
    expect((await readdir(root)).filter((name) => name.startsWith('dist.')).sort()).toEqual([folders.notOurs, folders.stillBuilding].sort());
  }, 60_000);

  it('refuses to replace a folder it did not write', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'qd-other-'));
    await mkdir(path.join(out, 'keep'));
    await writeFile(path.join(out, 'keep/notes.txt'), 'mine');
    await expect(build({ root: fixture, out })).rejects.toThrow(/did not write/);
    expect(await readFile(path.join(out, 'keep/notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses an output folder that holds the project', async () => {
    await expect(build({ root: fixture, out: path.resolve(fixture, '..') })).rejects.toThrow(/holds the project/);
  });
});
