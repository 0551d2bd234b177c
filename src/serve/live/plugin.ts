import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { deckIdSpelling } from '../../model/deck.ts';
import type { Edition } from '../../model/edition.ts';
import { openEventStream, type EventStream } from './event-stream.ts';
import { liveChannel, type LiveHub, type LiveState, type Position } from './hub.ts';

/** Who asks: the signed presenter link, a signed viewer link, or anyone, where the deck is public. */
export type LiveRole = 'presenter' | 'viewer' | 'public';

export interface LiveOptions {
  hub: LiveHub;
  /**
   * The server's access rules for one deck and edition: the asker's role, or undefined where the
   * deck is not theirs to see (embargoed, the review edition without a link, no such deck).
   */
  authorize: (request: FastifyRequest, deckId: string, edition: Edition) => { role: LiveRole } | undefined | Promise<{ role: LiveRole } | undefined>;
  /** How often an idle event stream gets a comment line; proxies close streams silent for a minute. */
  heartbeatMs?: number;
}

interface Access {
  role: LiveRole;
  channel: string;
}

const deckId = new RegExp(`^${deckIdSpelling}$`);
const deckPage = new RegExp(`^/(${deckIdSpelling})/(review/)?(?:index\\.html)?(?:\\?.*)?$`);
/**
 * The page's sign that this server has the live routes (src/client/follow.ts reads it): without it,
 * a page from `preview`, from a file or from a plain host asks nothing, and logs no 404.
 */
export const liveCookie = 'qd-live';
const positionSchema = {
  type: 'object',
  required: ['indexh', 'indexv'],
  additionalProperties: false,
  properties: {
    indexh: { type: 'integer', minimum: 0, maximum: 100_000 },
    indexv: { type: 'integer', minimum: 0, maximum: 100_000 },
    indexf: { type: 'integer', minimum: -1, maximum: 100_000 },
  },
} as const;

/**
 * Follow the presenter, under every deck page folder (`/<id>/` and `/<id>/review/`):
 * - `GET _live/events`: the presenter's slide as server-sent events, the current one at once;
 * - `POST _live/state`: the presenter's page says where it is (role presenter, same origin only);
 * - `GET _live/role`: which role the page was opened with, so it knows whether to publish.
 * A request the access rules refuse gets the server's own 404, like a file that does not exist.
 * A deck page the rules let through carries the `qd-live` cookie, so that its script knows to ask.
 */
export const livePlugin = fastifyPlugin(
  async (app: FastifyInstance, options: LiveOptions) => {
    const { hub, authorize, heartbeatMs = 25_000 } = options;
    const access = new WeakMap<FastifyRequest, Access>();
    const streams = new Set<EventStream>();

    // Before the body is read: a refused request learns nothing, not even whether its body was valid.
    const admit = (edition: Edition, presenterOnly = false) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { id } = request.params as { id: string };
      const granted = deckId.test(id) ? await authorize(request, id, edition) : undefined;
      if (!granted || (presenterOnly && granted.role !== 'presenter')) return reply.callNotFound();
      access.set(request, { role: granted.role, channel: liveChannel(id, edition) });
    };

    for (const [folder, edition] of [['/:id/', 'audience'], ['/:id/review/', 'review']] as const) {
      app.get(`${folder}_live/role`, { onRequest: admit(edition) }, async (request, reply) => {
        return reply.header('Cache-Control', 'no-store').send({ role: access.get(request)!.role });
      });

      app.post<{ Body: Position }>(
        `${folder}_live/state`,
        { onRequest: admit(edition, true), bodyLimit: 1024, schema: { body: positionSchema } },
        async (request, reply) => {
          if (!sameOrigin(request)) {
            return reply.code(403).send({ error: 'Refused: the Origin header does not match this server (a cross-site request).' });
          }
          const state = await hub.publish(access.get(request)!.channel, request.body);
          return reply.header('Cache-Control', 'no-store').send(state);
        },
      );

      app.get(`${folder}_live/events`, { onRequest: admit(edition) }, async (request, reply) => {
        const { channel } = access.get(request)!;
        reply.hijack();
        const stream = openEventStream(reply.raw, heartbeatMs);
        let sent = 0;
        // States can arrive twice (the current one and a publish racing it): only newer ones go out.
        const send = (state: LiveState) => {
          if (state.seq <= sent) return;
          sent = state.seq;
          stream.send(state, state.seq);
        };
        const unsubscribe = hub.subscribe(channel, send);
        streams.add(stream);
        stream.onEnd(() => {
          unsubscribe();
          streams.delete(stream);
        });
        const now = await hub.current(channel);
        if (now) send(now);
      });
    }

    app.addHook('onSend', async (request, reply, payload) => {
      const page = request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304) ? deckPage.exec(request.url) : null;
      if (page && (await authorize(request, page[1]!, page[2] ? 'review' : 'audience'))) {
        reply.header('set-cookie', `${liveCookie}=1; Path=/${page[1]}/; SameSite=Lax`);
      }
      return payload;
    });

    // Open streams would hold `close()` forever; followers reconnect to another process by themselves.
    app.addHook('preClose', async () => {
      for (const stream of [...streams]) stream.end();
    });
  },
  { name: 'quarterdeck-live', fastify: '5.x' },
);

/** A browser's POST carries Origin; it must name this host (a SameSite cookie alone trusts sibling sites). */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
