/**
 * Where the presenter's slide lives while a deck is presented: one state per channel, a deck and an
 * edition (`acme-q4/audience`). The presenter's page publishes its position; every follower's event
 * stream subscribes. `memoryHub` keeps it in one process, `redisHub` shares it between processes.
 */
import type { Edition } from '../../model/edition.ts';

/** Where the presenter is, in reveal.js's indices (`indexf` -1 or absent: no fragment shown). */
export interface Position {
  indexh: number;
  indexv: number;
  indexf?: number | undefined;
}

/** A published position, stamped by the hub: `seq` grows with every publish on a channel, `at` is epoch ms. */
export interface LiveState extends Position {
  seq: number;
  at: number;
}

export type LiveListener = (state: LiveState) => void;

export interface LiveHub {
  /** Stamps the position with the channel's next `seq` and the time, stores it and tells every subscriber. */
  publish(channel: string, position: Position): Promise<LiveState>;
  /** The latest state, for a follower who joins late or reconnects; undefined before the first publish. */
  current(channel: string): Promise<LiveState | undefined>;
  /** Calls `listener` with every later state on the channel, until the returned function is called. */
  subscribe(channel: string, listener: LiveListener): () => void;
  /** How many listeners this process has on the channel: what a closed stream must give back. */
  listenerCount(channel: string): number;
  close(): Promise<void>;
}

export function liveChannel(deckId: string, edition: Edition): string {
  return `${deckId}/${edition}`;
}

/** A position with its fields as reveal.js reads them: `indexf` only when a fragment is shown. */
export function stamp(position: Position, seq: number, at: number): LiveState {
  const { indexh, indexv, indexf } = position;
  return indexf === undefined || indexf < 0 ? { indexh, indexv, seq, at } : { indexh, indexv, indexf, seq, at };
}
