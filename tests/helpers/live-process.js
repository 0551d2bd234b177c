// One server process of several behind a load balancer, for the Redis tests: the live routes over
// `redisHub(argv[2])` on a free loopback port. Prints its address on the first line of stdout, and
// closes cleanly on SIGTERM.
//
// Plain JavaScript on lib/ (the CLI built from src/, which Vitest's global setup brings up to date),
// since a child process loads no TypeScript. Its access rule is tests/helpers/live-app.ts's: the role
// in `x-test-role`, and no review edition for the public.
import Fastify from 'fastify';
import { livePlugin } from '../../lib/serve/live/plugin.js';
import { redisHub } from '../../lib/serve/live/redis-hub.js';

const roleHeader = 'x-test-role';
const hub = await redisHub(process.argv[2]);
const app = Fastify();
app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain').send('Not found'));
await app.register(livePlugin, {
  hub,
  authorize: (request, _deckId, edition) => {
    const role = request.headers[roleHeader];
    if (!role || (edition === 'review' && role === 'public')) return undefined;
    return { role };
  },
});
console.log(await app.listen({ port: 0, host: '127.0.0.1' }));
process.once('SIGTERM', async () => {
  await app.close();
  await hub.close();
  process.exit(0);
});
