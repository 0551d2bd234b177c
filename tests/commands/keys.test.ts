import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

const keys = (...args: string[]) => spawnSync(process.execPath, ['bin/quarterdeck.js', 'keys', ...args], { encoding: 'utf8' });

test('quarterdeck keys rotate writes a fresh key first; without rotate or --keys it prints its usage and exits 1', async () => {
  const file = path.join(await tempProject({}), 'keys.json');
  const first = keys('rotate', '--keys', file);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/^Wrote .*keys\.json: key \S+ signs new links; links signed with any older key no longer open\./);
  const second = keys('rotate', '--keys', file, '--keep-old');
  expect(second.stdout).toContain('1 older key(s) still verify');
  expect(JSON.parse(readFileSync(file, 'utf8')).keys).toHaveLength(2);
  for (const args of [['rotate'], ['spin', '--keys', file]]) {
    const result = keys(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: quarterdeck keys rotate --keys FILE [--keep-old]');
  }
}, 60_000);
