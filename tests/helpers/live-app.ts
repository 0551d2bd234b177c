import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { LiveHub, LiveState } from '../../src/serve/live/hub.ts';
import { livePlugin, type LiveRole } from '../../src/serve/live/plugin.ts';

/** The header a test sets to be let in with a role; without it, every live route is a 404. */
export const roleHeader = 'x-test-role';
// tests/helpers/live-process.js, a child process in plain JavaScript, repeats this access rule.

/**
 * A small Fastify app with the live routes, listening on a free loopback port, and serving a built
 * folder where `files` names one. Its access rule is a real one of the test's own: the role in
 * `x-test-role`, and no review edition for the public.
 */
export async function liveApp(hub: LiveHub, heartbeatMs?: number, files?: string): Promise<{ app: FastifyInstance; base: string }> {
  const app = Fastify();
  if (files) await app.register(fastifyStatic, { root: files });
  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain').send('Not found'));
  await app.register(livePlugin, {
    hub,
    heartbeatMs,
    authorize: (request, _deckId, edition) => {
      const role = request.headers[roleHeader] as LiveRole | undefined;
      if (!role || (edition === 'review' && role === 'public')) return undefined;
      return { role };
    },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: address };
}

export interface Follower {
  /** The next state the stream sends (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<LiveState>;
  /** Everything received so far, comments included, as raw text. */
  raw(): string;
  headers: Headers;
  close(): void;
}

/** An SSE reader over fetch, as EventSource reads the stream: `data:` frames, comment lines kept in `raw`. */
export async function follow(url: string, role: LiveRole = 'viewer'): Promise<Follower> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { [roleHeader]: role }, signal: abort.signal });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let buffer = '';
  const states: LiveState[] = [];
  const waiting: Array<(state: LiveState) => void> = [];
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += value;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (!data) continue;
          const state = JSON.parse(data.slice(6)) as LiveState;
          const waiter = waiting.shift();
          if (waiter) waiter(state);
          else states.push(state);
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    headers: response.headers,
    raw: () => text,
    next(timeoutMs = 2000) {
      const ready = states.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(done), 1);
          reject(new Error(`no state from ${url} within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = (state: LiveState) => {
          clearTimeout(timer);
          resolve(state);
        };
        waiting.push(done);
      });
    },
    close: () => abort.abort(),
  };
}

/** The presenter's page, saying where it is. */
export function present(base: string, folder: string, position: object, init: { role?: LiveRole; origin?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', [roleHeader]: init.role ?? 'presenter' };
  if (init.origin !== null) headers.origin = init.origin ?? base;
  return fetch(`${base}${folder}_live/state`, { method: 'POST', headers, body: JSON.stringify(position) });
}

/** Waits until `check` holds, polling: for effects that follow a socket closing. */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
