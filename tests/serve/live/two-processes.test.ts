import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { follow, present } from '../../helpers/live-app.ts';
import { redisMissing, startRedis, type RedisServer } from '../../helpers/redis-server.ts';

const script = new URL('../../helpers/live-process.js', import.meta.url).pathname;

/** A separate Node process serving the live routes over Redis; resolves with its base URL. */
function serverProcess(redisUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [script, redisUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`live server process exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (base) => resolve({ base, child }));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe.skipIf(redisMissing)('two server processes over Redis (a real redis-server; skipped without one)', () => {
  let redis: RedisServer;
  let a: { base: string; child: ChildProcess };
  let b: { base: string; child: ChildProcess };
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([serverProcess(redis.url), serverProcess(redis.url)]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([a && stop(a.child), b && stop(b.child)]);
    await redis?.stop();
  });

  test('the presenter posts on process A; a follower on process B gets each slide', async () => {
    expect(a.base).not.toBe(b.base);
    const follower = await follow(`${b.base}/acme/_live/events`);
    // Even if this lands before B's SUBSCRIBE does, B's stream reads the state from Redis once subscribed.
    await present(a.base, '/acme/', { indexh: 1, indexv: 0 });
    expect(await follower.next()).toMatchObject({ indexh: 1, indexv: 0, seq: 1 });
    await present(a.base, '/acme/', { indexh: 1, indexv: 0, indexf: 0 });
    expect(await follower.next()).toMatchObject({ indexh: 1, indexf: 0, seq: 2 });
    follower.close();
  });

  test('a late joiner on process B gets the slide process A published', async () => {
    await present(a.base, '/late/review/', { indexh: 6, indexv: 2 });
    const late = await follow(`${b.base}/late/review/_live/events`);
    expect(await late.next()).toMatchObject({ indexh: 6, indexv: 2, seq: 1 });
    late.close();
  });
});
