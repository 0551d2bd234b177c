import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, fileSizeLimit, readProjectText, resolveProjectFile } from '../../src/load/project-file.ts';
import { tempProject } from '../helpers/temp-project.ts';

// 「売上高」 (revenue) as Shift-JIS, which a Japanese IR team's tools may still write.
const shiftJis = Buffer.from([0x94, 0x84, 0x8f, 0xe3, 0x8d, 0x82]);

describe('decodeUtf8', () => {
  it.each([
    ['plain UTF-8', Buffer.from('title: 売上高\n'), undefined],
    ['UTF-8 with a byte-order mark', Buffer.from('\uFEFFtitle: x\n'), undefined],
    ['a U+FFFD written on purpose', Buffer.from('a: \uFFFD\n'), undefined],
  ])('accepts %s', (_, bytes) => {
    expect(decodeUtf8('data/x.yaml', bytes).ok).toBe(true);
  });

  it.each([
    ['Shift-JIS on line 2', Buffer.concat([Buffer.from('kind: text\nlabel: '), shiftJis, Buffer.from('\n')]), 18, 2, 8, /Shift-JIS/],
    // Mixed encodings read cleanly as neither, so no conversion is suggested.
    ['Shift-JIS pasted after a BOM and multi-byte UTF-8', Buffer.concat([Buffer.from('\uFEFFa: é\nb: '), shiftJis]), 12, 2, 4, /Save the file as UTF-8/],
    ['a lone continuation byte that no encoding explains', Buffer.from([0x61, 0x3a, 0x20, 0x80, 0xff, 0xff]), 3, 1, 4, /Save the file as UTF-8/],
  ])('names the byte offset and line of %s', (_, bytes, offset, line, column, hint) => {
    const decoded = decodeUtf8('data/x.yaml', bytes);
    expect(decoded.ok).toBe(false);
    if (decoded.ok || !('problems' in decoded)) return;
    const [problem] = decoded.problems;
    expect(problem).toMatchObject({ file: 'data/x.yaml', line, column });
    expect(problem!.message).toContain(`byte offset ${offset} (line ${line})`);
    expect(problem!.hint).toMatch(hint);
  });
});

describe('readProjectText and resolveProjectFile', () => {
  async function project() {
    const outside = await mkdtemp(path.join(tmpdir(), 'quarterdeck-outside-'));
    await writeFile(path.join(outside, 'secret.yaml'), 'secret: 42\n');
    const root = await tempProject({ 'data/ok.yaml': 'a: 1\n', 'data/inner/real.yaml': 'b: 2\n' });
    await mkdir(path.join(root, 'data/folder.yaml'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'data/secret.yaml'));
    await symlink(outside, path.join(root, 'data/linked-folder'));
    await symlink('inner/real.yaml', path.join(root, 'data/inside-link.yaml'));
    await symlink('nowhere.yaml', path.join(root, 'data/broken.yaml'));
    await symlink('loop-b.yaml', path.join(root, 'data/loop-a.yaml'));
    await symlink('loop-a.yaml', path.join(root, 'data/loop-b.yaml'));
    await writeFile(path.join(root, 'data/huge.yaml'), Buffer.alloc(fileSizeLimit + 1, 0x20));
    return root;
  }

  it.each([
    ['a link that leads outside --root', 'data/secret.yaml', /^links outside the project \(to .*secret\.yaml\)\.$/, false],
    ['a file inside a linked folder outside --root', 'data/linked-folder/secret.yaml', /links outside the project/, false],
    ['a folder', 'data/folder.yaml', /is a folder, not a file/, false],
    ['a link to nothing', 'data/broken.yaml', /link to a file that does not exist/, false],
    ['a loop of links', 'data/loop-a.yaml', /loop of symbolic links/, false],
    ['a file over the size limit', 'data/huge.yaml', /is 4\.0 MB, more than the 4\.0 MB/, false],
    ['a file that does not exist', 'data/none.yaml', /does not exist/, true],
  ])('refuses %s', async (_, file, message, missing) => {
    const root = await project();
    const read = await readProjectText(root, path.join(root, file));
    expect(read.ok).toBe(false);
    if (!read.ok && 'unreadable' in read) {
      expect(read.unreadable.message).toMatch(message);
      expect(read.unreadable.missing).toBe(missing);
    } else expect.fail('expected an unreadable file');
  });

  it('reads a file, and a link that stays inside --root, by its real path', async () => {
    const root = await project();
    expect(await readProjectText(root, path.join(root, 'data/ok.yaml'))).toEqual({ ok: true, text: 'a: 1\n' });
    const linked = await resolveProjectFile(root, path.join(root, 'data/inside-link.yaml'));
    expect(linked.ok && linked.real.endsWith(path.join('data', 'inner', 'real.yaml'))).toBe(true);
  });

  it('holds a root that is itself reached through a link to the same rule', async () => {
    const root = await project();
    const alias = path.join(await mkdtemp(path.join(tmpdir(), 'quarterdeck-alias-')), 'project');
    await symlink(root, alias);
    expect((await readProjectText(alias, path.join(alias, 'data/ok.yaml'))).ok).toBe(true);
    expect((await readProjectText(alias, path.join(alias, 'data/secret.yaml'))).ok).toBe(false);
  });

  it('refuses a file over the size limit before reading it, so a huge file is rejected at once', async () => {
    const root = await tempProject({});
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, 'data/big.yaml'), `${'- 1\n'.repeat(5_000_000)}- oops: [\n`);
    const started = performance.now();
    const read = await readProjectText(root, path.join(root, 'data/big.yaml'));
    expect(read.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
