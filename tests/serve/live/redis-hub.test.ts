import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveHub, LiveState } from '../../../src/serve/live/hub.ts';
import { redisHub } from '../../../src/serve/live/redis-hub.ts';
import { UsageError } from '../../../src/problems.ts';
import { eventually } from '../../helpers/live-app.ts';
import { freePort, redisMissing, startRedis, type RedisServer } from '../../helpers/redis-server.ts';

describe.skipIf(redisMissing)('redisHub (a real redis-server; skipped without one)', () => {
  let redis: RedisServer;
  // Two hubs, two pairs of connections: what two server processes hold.
  let a: LiveHub;
  let b: LiveHub;
  const logs: string[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([redisHub(redis.url), redisHub(redis.url, (message) => logs.push(message))]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  test('a publish on one hub reaches the subscribers of the other', async () => {
    const heard: LiveState[] = [];
    const stop = b.subscribe('acme/audience', (state) => heard.push(state));
    await b.current('acme/audience'); // waits for the SUBSCRIBE
    const published = await a.publish('acme/audience', { indexh: 4, indexv: 1, indexf: 2 });
    await eventually(() => heard.length === 1);
    expect(heard[0]).toEqual(published);
    expect(published).toMatchObject({ indexh: 4, indexv: 1, indexf: 2, seq: 1 });
    stop();
    expect(b.listenerCount('acme/audience')).toBe(0);
  });

  test('current() on a hub that never saw the channel answers from Redis', async () => {
    await a.publish('late/review', { indexh: 7, indexv: 0 });
    await a.publish('late/review', { indexh: 8, indexv: 0, indexf: -1 });
    expect(await b.current('late/review')).toEqual({ indexh: 8, indexv: 0, seq: 2, at: expect.any(Number) });
    expect(await b.current('never/audience')).toBeUndefined();
  });

  test('a dropped connection reconnects, and the state published meanwhile reaches the listeners', async () => {
    const heard: number[] = [];
    const stop = b.subscribe('drop/audience', (state) => heard.push(state.indexh));
    await b.current('drop/audience');
    const admin = createClient({ url: redis.url });
    await admin.connect();
    // The server drops every pub/sub connection: b's subscriber, as a Redis restart or a network cut would.
    await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub']);
    await a.publish('drop/audience', { indexh: 5, indexv: 0 });
    await eventually(() => heard.includes(5), 5000);
    await eventually(() => logs.includes('Redis connection back.'), 5000);
    expect(logs[0]).toMatch(/^Redis connection lost \(.+\); reconnecting…$/);
    await admin.close();
    stop();
  });

  test('an unreachable --redis URL is a user error naming the flag', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const error = await redisHub(url, () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(`--redis ${url}: cannot connect to Redis`);
  });
});
