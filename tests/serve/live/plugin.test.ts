import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';
import { memoryHub } from '../../../src/serve/live/memory-hub.ts';
import { eventually, follow, liveApp, present, roleHeader } from '../../helpers/live-app.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(heartbeatMs?: number, files?: string) {
  const hub = memoryHub();
  const started = await liveApp(hub, heartbeatMs, files);
  app = started.app;
  return { hub, base: started.base };
}

describe('livePlugin', () => {
  test('GET _live/events streams the current state at once, then each change', async () => {
    const { base } = await start();
    await present(base, '/acme/', { indexh: 2, indexv: 0 });
    const follower = await follow(`${base}/acme/_live/events`);
    expect(follower.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(follower.headers.get('cache-control')).toBe('no-cache');
    expect(follower.headers.get('x-accel-buffering')).toBe('no');
    expect(await follower.next()).toMatchObject({ indexh: 2, indexv: 0, seq: 1 });
    const response = await present(base, '/acme/', { indexh: 3, indexv: 1, indexf: 0 });
    expect(response.status).toBe(200);
    expect(await follower.next()).toMatchObject({ indexh: 3, indexv: 1, indexf: 0, seq: 2 });
    expect(follower.raw()).toMatch(/^retry: 2000\n\nid: 1\ndata: \{/);
    follower.close();
  });

  test('a late joiner gets the current slide at once, and the review edition is its own channel', async () => {
    const { base } = await start();
    await present(base, '/acme/', { indexh: 1, indexv: 0 });
    await present(base, '/acme/', { indexh: 5, indexv: 0, indexf: 2 });
    await present(base, '/acme/review/', { indexh: 9, indexv: 0 });
    const late = await follow(`${base}/acme/_live/events`);
    expect(await late.next()).toMatchObject({ indexh: 5, indexf: 2, seq: 2 });
    const review = await follow(`${base}/acme/review/_live/events`);
    expect(await review.next()).toMatchObject({ indexh: 9, seq: 1 });
    late.close();
    review.close();
  });

  test('a follower of a deck nobody has presented yet gets nothing until the first change', async () => {
    const { base } = await start();
    const early = await follow(`${base}/acme/_live/events`);
    await expect(early.next(200)).rejects.toThrow(/no state/);
    await present(base, '/acme/', { indexh: 1, indexv: 0 });
    expect(await early.next()).toMatchObject({ indexh: 1, seq: 1 });
    early.close();
  });

  test('a closed stream unsubscribes: the listener count goes back to 0', async () => {
    const { hub, base } = await start();
    const followers = await Promise.all([1, 2, 3].map(() => follow(`${base}/acme/_live/events`)));
    await eventually(() => hub.listenerCount('acme/audience') === 3);
    for (const follower of followers) follower.close();
    await eventually(() => hub.listenerCount('acme/audience') === 0);
  });

  test('an idle stream gets a heartbeat comment', async () => {
    const { base } = await start(50);
    const follower = await follow(`${base}/acme/_live/events`);
    await eventually(() => follower.raw().includes(': heartbeat\n\n'));
    follower.close();
  });

  test('closing the app ends the open streams instead of waiting for them', async () => {
    const { hub, base } = await start();
    await follow(`${base}/acme/_live/events`);
    await eventually(() => hub.listenerCount('acme/audience') === 1);
    await app!.close();
    app = undefined;
    expect(hub.listenerCount('acme/audience')).toBe(0);
  });

  test.each([
    ['a viewer', { role: 'viewer' as const }],
    ['the public', { role: 'public' as const }],
  ])('POST _live/state from %s is a 404, and moves nobody', async (_who, init) => {
    const { hub, base } = await start();
    const response = await present(base, '/acme/', { indexh: 1, indexv: 0 }, init);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    expect(await hub.current('acme/audience')).toBeUndefined();
  });

  test.each([
    ['another site', 'https://evil.example'],
    ['a sibling port', 'http://127.0.0.1:1'],
    ['no Origin at all', null],
    ['a malformed Origin', 'not a url'],
  ])('POST _live/state from %s is refused even for the presenter', async (_from, origin) => {
    const { hub, base } = await start();
    const response = await present(base, '/acme/', { indexh: 1, indexv: 0 }, { origin });
    expect(response.status).toBe(403);
    expect(await hub.current('acme/audience')).toBeUndefined();
  });

  test.each([
    ['a negative slide', { indexh: -1, indexv: 0 }],
    ['a missing indexv', { indexh: 1 }],
    ['a fraction', { indexh: 1.5, indexv: 0 }],
    ['a word', { indexh: 'one', indexv: 0 }],
  ])('POST _live/state with %s is a 400', async (_what, body) => {
    const { hub, base } = await start();
    const response = await present(base, '/acme/', body);
    expect(response.status).toBe(400);
    expect(await hub.current('acme/audience')).toBeUndefined();
  });

  test.each([
    ['presenter', 'presenter'],
    ['viewer', 'viewer'],
    ['public', 'public'],
  ])('GET _live/role answers %s', async (role, expected) => {
    const { base } = await start();
    const response = await fetch(`${base}/acme/_live/role`, { headers: { [roleHeader]: role } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ role: expected });
  });

  test.each([
    ['no access', '/acme/_live/events', undefined],
    ['no access to the role', '/acme/_live/role', undefined],
    ['the review edition for the public', '/acme/review/_live/events', 'public'],
    ['a deck id out of spelling', '/Acme_Q4/_live/events', 'viewer'],
    ['a deck id with a dot', '/.acme/_live/role', 'viewer'],
  ])('every live route is a 404 with %s', async (_case, path, role) => {
    const { base } = await start();
    const response = await fetch(`${base}${path}`, { headers: role ? { [roleHeader]: role } : {} });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});

describe('the qd-live cookie', () => {
  const files = mkdtempSync(path.join(tmpdir(), 'qd-live-'));
  for (const folder of ['acme', 'acme/review']) {
    mkdirSync(path.join(files, folder), { recursive: true });
    writeFileSync(path.join(files, folder, 'index.html'), '<!doctype html><title>deck</title>');
  }
  writeFileSync(path.join(files, 'acme', 'deck.js'), '');

  test.each([
    ['the audience page', '/acme/', 'viewer', 'qd-live=1; Path=/acme/; SameSite=Lax'],
    ['the page by its file name, with a query', '/acme/index.html?follow', 'public', 'qd-live=1; Path=/acme/; SameSite=Lax'],
    ['the review page', '/acme/review/', 'presenter', 'qd-live=1; Path=/acme/; SameSite=Lax'],
    ['the review page for the public', '/acme/review/', 'public', null],
    ['a page without access', '/acme/', undefined, null],
    ['an asset', '/acme/deck.js', 'viewer', null],
  ])('marks %s: %s', async (_what, url, role, cookie) => {
    const { base } = await start(undefined, files);
    const response = await fetch(`${base}${url}`, { headers: role ? { [roleHeader]: role } : {} });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe(cookie);
  });
});
