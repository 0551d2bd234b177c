// One server process of several behind a load balancer, for the Redis tests: the live routes over
// `redisHub(argv[2])` on a free loopback port. Prints its address on the first line of stdout, and
// closes cleanly on SIGTERM.
import { redisHub } from '../../src/serve/live/redis-hub.ts';
import { liveApp } from './live-app.ts';

const hub = await redisHub(process.argv[2]!);
const { app, base } = await liveApp(hub);
console.log(base);
process.once('SIGTERM', async () => {
  await app.close();
  await hub.close();
  process.exit(0);
});
