import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { expect, test } from 'vitest';
import { signGrant } from '../../src/serve/grants.ts';
import { loadKeyring, rotateKeyring } from '../../src/serve/keyring.ts';
import { builtSite } from '../helpers/built-site.ts';

test('quarterdeck serve prints its URL, logs JSON lines on stdout, reloads --keys on SIGHUP and exits 0 on SIGTERM', async () => {
  const out = await builtSite();
  const keys = path.join(out, '..', `${path.basename(out)}-keys.json`);
  rotateKeyring(keys, { keepOld: false });
  const child = spawn(process.execPath, ['bin/quarterdeck.js', 'serve', '--out', out, '--port', '0', '--keys', keys], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const waitFor = async (pattern: RegExp) => {
    for (let tries = 0; tries < 200 && !pattern.test(stderr); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    return pattern.exec(stderr);
  };
  try {
    const url = (await waitFor(/http:\/\/\S+\//))![0];
    expect(await (await fetch(`${url}healthz`)).json()).toEqual({ ok: true });
    expect((await fetch(`${url}bridge/`)).status).toBe(200);

    // A key made after start opens nothing until SIGHUP reloads the keyring.
    rotateKeyring(keys, { keepOld: false });
    const link = `${url}quarterly/review/?access=${signGrant(loadKeyring({ keysFile: keys }), { deck: 'quarterly', edition: 'review', role: 'viewer', expires: Math.floor(Date.now() / 1000) + 60 })}`;
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(404);
    child.kill('SIGHUP');
    await waitFor(/Reloaded the keys/);
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);

    for (let tries = 0; tries < 100 && stdout.trim().split('\n').length < 4; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.path, line.status])).toEqual([['/healthz', 200], ['/bridge/', 200], ['/quarterly/review/?access=REDACTED', 404], ['/quarterly/review/?access=REDACTED', 302]]);
  } finally {
    child.kill('SIGTERM');
  }
  const [code] = await once(child, 'exit');
  expect(code).toBe(0);
}, 30_000);
