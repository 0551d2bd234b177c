import { describe, expect, test } from 'vitest';
import { liveChannel } from '../../../src/serve/live/hub.ts';
import { memoryHub } from '../../../src/serve/live/memory-hub.ts';

describe('memoryHub', () => {
  test('current() is undefined before the first publish, then the latest state', async () => {
    const hub = memoryHub();
    expect(await hub.current('acme/audience')).toBeUndefined();
    await hub.publish('acme/audience', { indexh: 1, indexv: 0 });
    await hub.publish('acme/audience', { indexh: 2, indexv: 1, indexf: 0 });
    expect(await hub.current('acme/audience')).toMatchObject({ indexh: 2, indexv: 1, indexf: 0, seq: 2 });
  });

  test('publish() stamps seq per channel and the time, and drops indexf -1', async () => {
    const hub = memoryHub();
    const before = Date.now();
    const first = await hub.publish('a/audience', { indexh: 3, indexv: 0, indexf: -1 });
    const other = await hub.publish('a/review', { indexh: 0, indexv: 0 });
    expect(first).toEqual({ indexh: 3, indexv: 0, seq: 1, at: first.at });
    expect(first.at).toBeGreaterThanOrEqual(before);
    expect(other.seq).toBe(1);
  });

  test('subscribe() hears later states of its channel only, until unsubscribed', async () => {
    const hub = memoryHub();
    const heard: number[] = [];
    const stop = hub.subscribe('a/audience', (state) => heard.push(state.indexh));
    await hub.publish('a/audience', { indexh: 1, indexv: 0 });
    await hub.publish('b/audience', { indexh: 9, indexv: 0 });
    expect(hub.listenerCount('a/audience')).toBe(1);
    stop();
    await hub.publish('a/audience', { indexh: 2, indexv: 0 });
    expect(heard).toEqual([1]);
    expect(hub.listenerCount('a/audience')).toBe(0);
  });

  test('liveChannel() names a deck and edition', () => {
    expect(liveChannel('acme-q4', 'review')).toBe('acme-q4/review');
  });
});
