import type { ServerResponse } from 'node:http';

export interface EventStream {
  /** Writes one `data:` event; nothing once the stream has ended. */
  send(data: unknown, id?: number): void;
  end(): void;
  /** Runs once when the stream ends, whether the follower left or the server ended it. */
  onEnd(callback: () => void): void;
}

/**
 * Server-sent events written by hand on a hijacked response: a few header lines and `data:` frames
 * need no library, and nothing of Fastify's reply pipeline (compression would buffer the frames).
 * A comment line every `heartbeatMs` keeps proxies and load balancers from closing an idle stream.
 */
export function openEventStream(response: ServerResponse, heartbeatMs: number): EventStream {
  const ending: Array<() => void> = [];
  let ended = false;
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Accel-Buffering': 'no',
    Connection: 'keep-alive',
  });
  // EventSource reconnects after `retry` ms when the stream drops (a restart, a proxy timeout).
  response.write('retry: 2000\n\n');
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    for (const callback of ending) callback();
  };
  response.once('close', finish);
  return {
    send(data, id) {
      if (ended) return;
      response.write(`${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      finish();
      response.end();
    },
    onEnd(callback) {
      if (ended) callback();
      else ending.push(callback);
    },
  };
}
