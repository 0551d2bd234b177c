import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../serve/app.ts';
import { loadKeyring, type Keyring } from '../serve/keyring.ts';
import type { LiveHub } from '../serve/live/hub.ts';
import { memoryHub } from '../serve/live/memory-hub.ts';
import { livePlugin } from '../serve/live/plugin.ts';
import { redisHub } from '../serve/live/redis-hub.ts';
import { UserError, formatProblem } from '../problems.ts';

export interface ServeOptions {
  out: string;
  port: number;
  host: string;
  /** false: `preview`, every built file with no access rules and no keys. */
  access: boolean;
  keysFile?: string | undefined;
  frameAncestors?: string[] | undefined;
  trustProxy?: boolean | undefined;
  /** Where several processes share the presenter's slide; without it, this process keeps it. */
  redisUrl?: string | undefined;
  /** Instead of the live routes over a hub: for tests of the app alone. */
  registerLive?: ServerOptions['registerLive'];
}

export interface RunningServer {
  url: string;
  out: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * Starts `serve` (access rules on) or `preview` (off) over a built folder: one server, so the
 * two cannot drift apart. The keys are optional for `serve`: without them no signed link opens
 * anything, and only what is public is served.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const out = path.resolve(options.out);
  if (!existsSync(path.join(out, 'index.html'))) {
    throw new UserError([{ file: out, path: [], message: 'There is no built deck list here.', hint: 'Run quarterdeck build first, with the same --out.' }]);
  }
  let keyring: Keyring | undefined = options.access ? optionalKeyring(options.keysFile) : undefined;
  // Following the presenter needs a signed presenter link, so `preview` (no keys, no rules) has none.
  const hub: LiveHub | undefined = options.access && !options.registerLive ? (options.redisUrl ? await redisHub(options.redisUrl) : memoryHub()) : undefined;
  const registerLive: ServerOptions['registerLive'] =
    options.registerLive ?? (hub ? async (app, authorize) => void (await app.register(livePlugin, { hub, authorize })) : undefined);
  const app = await createServer({
    out,
    access: options.access,
    keyring: () => keyring,
    frameAncestors: options.frameAncestors,
    trustProxy: options.trustProxy,
    registerLive,
    log: options.access ? process.stdout : false,
  });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const reload = () => {
    // SIGHUP: a rotated keyring takes effect without dropping a connection; a broken one is
    // reported and the keys in use are kept.
    try {
      keyring = optionalKeyring(options.keysFile);
      console.error(`Reloaded the keys (${keyring ? `signing key ${keyring.signing.id}` : 'none'}).`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error('Kept the keys already loaded.');
    }
  };
  if (options.access) process.on('SIGHUP', reload);
  const close = async () => {
    process.off('SIGHUP', reload);
    await app.close();
    await hub?.close();
  };
  return { url: `http://${shownHost}:${port}/`, out, app, close };
}

/** The keys when some are configured; none is not an error for `serve`, a broken keyring is. */
function optionalKeyring(keysFile: string | undefined): Keyring | undefined {
  if (keysFile === undefined && !process.env.QUARTERDECK_SECRET) return undefined;
  return loadKeyring({ keysFile });
}

/** Closes the server on SIGTERM or SIGINT, letting requests in flight finish, then exits 0. */
export function closeOnSignals(server: RunningServer): void {
  const stop = () => {
    server.close().then(() => process.exit(0), (error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
