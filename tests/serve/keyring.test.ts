import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKeyring, rotateKeyring } from '../../src/serve/keyring.ts';
import { UserError } from '../../src/problems.ts';
import { tempProject } from '../helpers/temp-project.ts';

const secret = 'x'.repeat(32);
const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.problems.map((problem) => ({ file: problem.file, line: problem.line, column: problem.column, path: problem.path, message: problem.message }));
    throw error;
  }
  throw new Error('expected a UserError');
};

describe('loadKeyring', () => {
  test('QUARTERDECK_SECRET is one key whose id is the start of its SHA-256, so a new secret is a new id', () => {
    const keyring = loadKeyring({ env: { QUARTERDECK_SECRET: secret } });
    expect(keyring.signing.id).toMatch(/^[0-9a-f]{8}$/);
    expect(loadKeyring({ env: { QUARTERDECK_SECRET: `${secret}y` } }).signing.id).not.toBe(keyring.signing.id);
  });

  test('no secret, or a short one, is a user error naming the variable', () => {
    expect(problemsOf(() => loadKeyring({ env: {} }))).toEqual([expect.objectContaining({ file: 'QUARTERDECK_SECRET', message: 'No key to sign or check links with.' })]);
    expect(problemsOf(() => loadKeyring({ env: { QUARTERDECK_SECRET: 'short' } }))[0]!.message).toMatch(/shorter than 32 bytes/);
  });

  test('a keyring file: the first key signs, every key verifies, and --keys wins over the variable', async () => {
    const root = await tempProject({ 'keys.json': JSON.stringify({ keys: [{ id: 'new', secret }, { id: 'old', secret: `${secret}old` }] }) });
    const keyring = loadKeyring({ keysFile: path.join(root, 'keys.json'), env: { QUARTERDECK_SECRET: secret } });
    expect(keyring.signing.id).toBe('new');
    expect([...keyring.byId.keys()]).toEqual(['new', 'old']);
  });

  test.each([
    ['a short secret', '{\n  "keys": [\n    { "id": "a", "secret": "short" }\n  ]\n}', [{ line: 3, column: 28, path: ['keys', 0, 'secret'], message: 'A secret must be at least 32 bytes long.' }]],
    ['a bad id', `{"keys":[{"id":"a b","secret":"${secret}"}]}`, [{ line: 1, column: 16, path: ['keys', 0, 'id'] }]],
    ['a repeated id', `{"keys":[{"id":"a","secret":"${secret}"},{"id":"a","secret":"${secret}"}]}`, [{ path: ['keys', 1, 'id'], message: 'The key id "a" is listed twice.' }]],
    ['no keys', '{"keys":[]}', [{ path: ['keys'], message: 'A keyring needs at least one key.' }]],
    ['broken JSON', '{"keys": [', [{ line: 1 }]],
  ])('%s is a user error at its line and field', async (_name, text, expected) => {
    const root = await tempProject({ 'keys.json': text });
    const file = path.join(root, 'keys.json');
    expect(problemsOf(() => loadKeyring({ keysFile: file }))).toEqual(expect.arrayContaining(expected.map((problem) => expect.objectContaining({ file, ...problem }))));
  });

  test('a missing keyring file is a user error', () => {
    expect(problemsOf(() => loadKeyring({ keysFile: '/nonexistent/keys.json' }))[0]!.message).toMatch(/Cannot read the keyring \(ENOENT\)/);
  });
});

describe('rotateKeyring', () => {
  test('creates a keyring, then puts a fresh key first and drops the old ones unless kept', async () => {
    const file = path.join(await tempProject({}), 'keys.json');
    const first = rotateKeyring(file, { keepOld: false, now: new Date('2026-12-01T00:00:00Z') });
    expect(first.id).toMatch(/^2026-12-01-[0-9a-f]{6}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const kept = rotateKeyring(file, { keepOld: true });
    expect([...loadKeyring({ keysFile: file }).byId.keys()]).toEqual([kept.id, first.id]);
    const dropped = rotateKeyring(file, { keepOld: false });
    expect(JSON.parse(readFileSync(file, 'utf8')).keys.map((key: { id: string }) => key.id)).toEqual([dropped.id]);
    expect(Buffer.byteLength(loadKeyring({ keysFile: file }).signing.secret)).toBeGreaterThanOrEqual(32);
  });
});
