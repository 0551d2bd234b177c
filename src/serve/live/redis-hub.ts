import { createClient } from 'redis';
import { UsageError } from '../../problems.ts';
import { stamp, type LiveHub, type LiveListener, type LiveState } from './hub.ts';

const prefix = 'quarterdeck:live:';
/** A deck's last slide outlives its presentation by a day, then Redis forgets it. */
const keepSeconds = 24 * 60 * 60;

// One round trip, atomic: the next seq, the state stored for late joiners, and the message to every process.
const publishScript = `
local seq = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[3])
local state = cjson.decode(ARGV[1])
state.seq = seq
local text = cjson.encode(state)
redis.call('SET', KEYS[1], text, 'EX', ARGV[3])
redis.call('PUBLISH', ARGV[2], text)
return text`;

/**
 * The hub of several server processes behind one load balancer (`serve --redis URL`): a publish on
 * any process reaches the followers of every process through Redis pub/sub, and the latest state is
 * kept in Redis so that a process that never saw the channel answers a late joiner. Each process
 * holds two connections, one for commands and one subscriber, and fans each message out to its own
 * listeners. A dropped connection reconnects by itself; one that cannot be made at start is the
 * user's to fix.
 */
export async function redisHub(url: string, log: (message: string) => void = console.error): Promise<LiveHub> {
  let started = false;
  let down = false;
  const options = {
    url,
    socket: {
      // Before the first connection, give up at once (a wrong URL); afterwards, keep trying.
      reconnectStrategy: (retries: number, cause: Error) => (started ? Math.min(100 * 2 ** retries, 2000) : cause),
    },
  };
  const refuse = (error: unknown) =>
    new UsageError(
      `--redis ${url}: cannot connect to Redis (${error instanceof Error ? error.message || error.name : String(error)}).\n` +
        'Start Redis there or correct the URL (redis://host:6379), or leave out --redis to keep the presenter\'s slide in this process.',
    );
  let client: ReturnType<typeof createClient>;
  try {
    client = createClient(options);
  } catch (error) {
    throw refuse(error);
  }
  const subscriber = client.duplicate();
  for (const connection of [client, subscriber]) {
    connection.on('error', (error: Error) => {
      if (started && !down) log(`Redis connection lost (${error.message}); reconnecting…`);
      if (started) down = true;
    });
  }
  try {
    await Promise.all([client.connect(), subscriber.connect()]);
  } catch (error) {
    await Promise.allSettled([client.isOpen && client.close(), subscriber.isOpen && subscriber.close()]);
    throw refuse(error);
  }
  started = true;

  const listeners = new Map<string, Set<LiveListener>>();
  const delivered = new Map<string, number>();
  // A new channel's SUBSCRIBE, which `current` waits for, so that no publish falls between the two.
  const subscribing = new Map<string, Promise<unknown>>();
  const deliver = (channel: string, state: LiveState) => {
    if (state.seq <= (delivered.get(channel) ?? 0)) return;
    delivered.set(channel, state.seq);
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(state);
  };
  const current = async (channel: string): Promise<LiveState | undefined> => {
    await subscribing.get(channel);
    const text = await client.get(`${prefix}${channel}:state`);
    return text ? (JSON.parse(text) as LiveState) : undefined;
  };
  // After an outage, whatever was published meanwhile reaches the followers as soon as Redis is back.
  subscriber.on('ready', () => {
    if (!down) return;
    down = false;
    log('Redis connection back.');
    for (const channel of listeners.keys()) current(channel).then((state) => state && deliver(channel, state), () => {});
  });

  return {
    async publish(channel, position) {
      const { seq: _, ...fields } = stamp(position, 0, Date.now());
      const text = await client.eval(publishScript, {
        keys: [`${prefix}${channel}:state`, `${prefix}${channel}:seq`],
        arguments: [JSON.stringify(fields), `${prefix}${channel}`, String(keepSeconds)],
      });
      return JSON.parse(String(text)) as LiveState;
    },
    current,
    subscribe(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        listeners.set(channel, (set = new Set()));
        const done = subscriber
          .subscribe(`${prefix}${channel}`, (message) => deliver(channel, JSON.parse(message) as LiveState))
          .catch((error: Error) => log(`Redis SUBSCRIBE ${channel} failed: ${error.message}`))
          .finally(() => subscribing.get(channel) === done && subscribing.delete(channel));
        subscribing.set(channel, done);
      }
      set.add(listener);
      return () => {
        if (!set.delete(listener) || set.size > 0 || listeners.get(channel) !== set) return;
        listeners.delete(channel);
        delivered.delete(channel);
        subscriber.unsubscribe(`${prefix}${channel}`).catch(() => {});
      };
    },
    listenerCount(channel) {
      return listeners.get(channel)?.size ?? 0;
    },
    async close() {
      listeners.clear();
      await Promise.allSettled([subscriber.close(), client.close()]);
    },
  };
}
