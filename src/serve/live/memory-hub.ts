import { stamp, type LiveHub, type LiveListener, type LiveState } from './hub.ts';

/** The hub of one server process: states and listeners in memory, the default without `--redis`. */
export function memoryHub(): LiveHub {
  const states = new Map<string, LiveState>();
  const listeners = new Map<string, Set<LiveListener>>();

  return {
    async publish(channel, position) {
      const state = stamp(position, (states.get(channel)?.seq ?? 0) + 1, Date.now());
      states.set(channel, state);
      for (const listener of [...(listeners.get(channel) ?? [])]) listener(state);
      return state;
    },
    async current(channel) {
      return states.get(channel);
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set.add(listener));
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(channel) === set) listeners.delete(channel);
      };
    },
    listenerCount(channel) {
      return listeners.get(channel)?.size ?? 0;
    },
    async close() {
      listeners.clear();
    },
  };
}
