import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { verifyGrant } from '../../src/serve/grants.ts';
import { loadKeyring } from '../../src/serve/keyring.ts';
import { builtSite } from '../helpers/built-site.ts';

const secret = 'a share-test secret, long enough to sign';
function share(args: string[], env: Record<string, string | undefined> = { QUARTERDECK_SECRET: secret }) {
  const result = spawnSync(process.execPath, ['bin/quarterdeck.js', 'share', ...args], { encoding: 'utf8', env: { ...process.env, QUARTERDECK_SECRET: undefined, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('quarterdeck share', () => {
  test('prints one line: a path with a token that opens the deck and edition until it expires', async () => {
    const out = await builtSite();
    const before = Math.floor(Date.now() / 1000);
    const result = share(['quarterly', '--out', out, '--edition', 'review', '--expires', '30m', '--note', 'auditors']);
    const after = Math.floor(Date.now() / 1000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\/quarterly\/review\/\?access=[\w-]+\.[\w-]+\n$/);
    const token = new URL(result.stdout.trim(), 'http://x').searchParams.get('access')!;
    const verified = verifyGrant(loadKeyring({ env: { QUARTERDECK_SECRET: secret } }), token, before);
    expect(verified).toMatchObject({ ok: true, grant: { deck: 'quarterly', edition: 'review', role: 'viewer', note: 'auditors' } });
    const { expires } = (verified as { grant: { expires: number } }).grant;
    expect(expires - before).toBeGreaterThanOrEqual(1800);
    expect(expires - after).toBeLessThanOrEqual(1800);
  });

  test('--base-url makes it absolute, --presenter makes a presenter link', async () => {
    const out = await builtSite();
    const result = share(['bridge', '--out', out, '--base-url', 'https://ir.example.com/decks', '--presenter']);
    expect(result.stdout).toMatch(/^https:\/\/ir\.example\.com\/decks\/bridge\/\?access=\S+\n$/);
    const token = new URL(result.stdout.trim()).searchParams.get('access')!;
    expect(verifyGrant(loadKeyring({ env: { QUARTERDECK_SECRET: secret } }), token, 0)).toMatchObject({ grant: { role: 'presenter', edition: 'audience' } });
  });

  test.each([
    ['a deck that is not built', ['nothing'], undefined, /There is no built deck "nothing"\.\n\s+Built decks: quarterly, bridge\./],
    ['no secret', ['bridge'], {}, /QUARTERDECK_SECRET: No key to sign or check links with\./],
    ['a short secret', ['bridge'], { QUARTERDECK_SECRET: 'short' }, /QUARTERDECK_SECRET: The secret is shorter than 32 bytes\./],
    ['a bad --expires', ['bridge', '--expires', '2 days'], undefined, /--expires takes a duration such as 30m, 48h or 7d \(at most a year\), not "2 days"\./],
    ['a zero --expires', ['bridge', '--expires', '0h'], undefined, /--expires takes a duration/],
    ['a bad --edition', ['bridge', '--edition', 'draft'], undefined, /--edition takes audience or review, not "draft"\./],
    ['no deck id', [], undefined, /share takes one deck id, not 0\./],
  ])('%s is an error with exit 1 and no stack', async (_name, args, env, message) => {
    const out = await builtSite();
    const result = share([...args, '--out', out], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
