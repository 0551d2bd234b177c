import type { Writable } from 'node:stream';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { countedRefusals, decide, liveRole, type Cache, type Decision } from './access.ts';
import { accessLine, type RequestNote } from './access-log.ts';
import type { Edition } from './grants.ts';
import type { LiveRole } from './access.ts';
import type { Keyring } from './keyring.ts';
import { previewDecision } from './preview-files.ts';
import { parseRequestPath } from './request-path.ts';
import { siteReader, type Site } from './site.ts';
import { speakerViewScriptHashes } from './speaker-view.ts';

export type { LiveRole } from './access.ts';
/** Who a request is for the live routes of a deck and edition; `undefined` → they answer 404. */
export type Authorize = (request: FastifyRequest, deck: string, edition: Edition) => LiveRole | undefined;

export interface ServerOptions {
  /** The built folder. */
  out: string;
  /** true: `serve` (manifest, embargo, grants); false: `preview` (every built file, no grants). */
  access: boolean;
  /** Called again on every request, so SIGHUP can swap the keyring without a restart. */
  keyring?: (() => Keyring | undefined) | Keyring | undefined;
  now?: () => number;
  /** CSP frame-ancestors sources besides 'self', which the speaker view needs (it frames the deck). */
  frameAncestors?: string[];
  /** Where the access log goes (default stdout); false for none. */
  log?: Writable | false;
  /** Honour X-Forwarded-For and X-Forwarded-Proto from a reverse proxy. */
  trustProxy?: boolean;
  /** Failed grant attempts a client IP may make per minute before every request gets 429. */
  refusalsPerMinute?: number;
  /** Registers the live (follow-the-presenter) routes. */
  registerLive?: (app: FastifyInstance, authorize: Authorize) => Promise<void>;
}

const cacheControl: Record<Cache, string> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
  private: 'private, no-cache',
};

declare module 'fastify' {
  interface FastifyRequest {
    qd: RequestNote;
  }
}

/** The production server (and, with `access: false`, the preview server), not yet listening. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? Date.now;
  const log = options.log ?? process.stdout;
  const keyring = typeof options.keyring === 'function' ? options.keyring : () => options.keyring as Keyring | undefined;
  const site: () => Site | undefined = options.access ? siteReader(options.out) : () => undefined;
  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy ?? false,
    // A path refused before routing (the router cannot decode some of them) still goes through
    // every hook, so its 404 carries the same headers as any other.
    rewriteUrl: (request) => (parseRequestPath(request.url ?? '/') ? request.url! : refusedPath),
  });
  app.decorateRequest('qd', null as unknown as RequestNote);
  app.addHook('onRequest', async (request) => {
    request.qd = {};
  });
  app.addHook('onResponse', async (request, reply) => {
    if (log) log.write(accessLine(request, reply, request.qd ?? {}));
  });
  // Brotli's default quality (11) is meant for files compressed once ahead of time; per response it
  // cut throughput about sixfold (bench). Quality 5 is close in size and several times faster.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } });
  await app.register(fastifyHelmet, helmetOptions(options.frameAncestors ?? []));
  await app.register(fastifyCookie);
  await app.register(fastifyStatic, { root: options.out, serve: false });
  await app.register(fastifyRateLimit, { global: false });
  const limiter = app.createRateLimit({ max: options.refusalsPerMinute ?? 20, timeWindow: 60_000 });

  // A file the static sender will not send (a folder, an unreadable file) is a 404 like any other.
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    if (error.statusCode && error.statusCode < 500) return notFound(request, reply, request.qd?.refused ?? 'not-found');
    throw error;
  });
  app.setNotFoundHandler((request, reply) => notFound(request, reply, request.qd?.refused ?? 'not-found'));
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ ok: true }));

  const authorize: Authorize = (request, deck, edition) => {
    const current = site();
    if (!current) return { role: 'public' };
    const query = queryOf(request.raw.url ?? '');
    return liveRole({ segments: [], query, cookies: request.cookies }, { site: current, keyring: keyring(), now: now() }, deck, edition);
  };
  if (options.registerLive) await options.registerLive(app, authorize);

  app.get('/*', async (request, reply) => {
    const limit = await limiter(request, { increment: false });
    // `max` refusals are allowed; the request after them is answered 429 until the minute is over.
    if (!limit.isAllowed && limit.remaining === 0) {
      request.qd.refused = 'rate-limited';
      return reply.code(429).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Too many failed attempts; try again in a minute.\n');
    }
    const parsed = parseRequestPath(request.raw.url ?? '/');
    if (!parsed) {
      await limiter(request);
      return notFound(request, reply, 'bad-path');
    }
    const current = site();
    const decision = current
      ? decide({ ...parsed, cookies: request.cookies }, { site: current, keyring: keyring(), now: now() })
      : previewDecision(options.out, parsed);
    Object.assign(request.qd, 'deck' in decision && { deck: decision.deck, edition: decision.edition });
    if ('grant' in decision && decision.grant) Object.assign(request.qd, { grant: decision.grant, deck: decision.grant.deck, edition: decision.grant.edition });
    if (decision.kind === 'missing') {
      if (countedRefusals.has(decision.reason)) await limiter(request);
      return notFound(request, reply, decision.reason);
    }
    return answer(request, reply, decision, options.out);
  });
  return app;
}

function answer(request: FastifyRequest, reply: FastifyReply, decision: Exclude<Decision, { kind: 'missing' }>, out: string) {
  switch (decision.kind) {
    case 'redirect':
      return reply.header('cache-control', 'no-store').redirect(decision.location, 301);
    case 'grant':
      reply.setCookie(decision.cookie.name, decision.cookie.value, {
        path: decision.cookie.path,
        maxAge: decision.cookie.maxAge,
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
      });
      return reply.header('cache-control', 'no-store').redirect(decision.location, 302);
    case 'file':
      reply.header('cache-control', cacheControl[decision.cache]);
      // Dot-files are refused with the request path; the public list's own file is under .quarterdeck/.
      return reply.sendFile(decision.file, out, { cacheControl: false, index: false, dotfiles: 'allow' });
  }
}

/** The one 404: a missing file, an unknown deck, an embargoed deck and a refused link look the same. */
function notFound(request: FastifyRequest, reply: FastifyReply, reason: RequestNote['refused']) {
  if (request.qd) request.qd.refused = reason;
  reply.removeHeader('etag');
  reply.removeHeader('last-modified');
  return reply.code(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Not found\n');
}

/** What a refused URL is rewritten to before routing: a path parseRequestPath refuses too. */
const refusedPath = '/.refused';

const queryOf = (url: string) => (url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');

function helmetOptions(otherAncestors: string[]) {
  const frameAncestors = [...new Set(["'self'", ...otherAncestors.filter((source) => source !== "'none'")])];
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Prerendered pages carry no inline script; reveal.js sets inline styles as it lays out.
        scriptSrc: ["'self'", ...speakerViewScriptHashes()],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors,
      },
    },
    referrerPolicy: { policy: 'no-referrer' as const },
    // frame-ancestors supersedes X-Frame-Options; the older header could only contradict it.
    xFrameOptions: frameAncestors.length === 1 ? { action: 'sameorigin' as const } : false,
  };
}
