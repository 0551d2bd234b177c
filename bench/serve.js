// `quarterdeck serve` under load, on loopback only, bounded in count and time: static requests with
// autocannon, and 1,000 server-sent-event followers of a presenter, on one process (the memory hub)
// and on two processes sharing the slide through a real redis-server.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import { median, now, percentile } from './measure.js';
import { startRedis, startServer } from './servers.js';
import { projectRoot } from '../tooling/settings.js';

export const staticLoad = { connections: 50, durationS: 10 };
/** The first slide changes on a fresh process run cold (its code not yet optimised); they are not counted. */
export const followLoad = { followers: 1000, warmUpChanges: 5, changes: 20, spacingMs: 250, deliveryTimeoutMs: 5000 };
export const serveMethod = `quarterdeck serve processes on loopback, QUARTERDECK_SECRET set. Static: autocannon, ${staticLoad.connections} connections for ${staticLoad.durationS} s after a 2 s warm-up, asking for br or gzip as a browser does; failed = non-2xx + errors + timeouts. Followers: ${followLoad.followers} SSE streams (node:http, one socket each) opened by the bench process, the presenter's cookie from \`share --presenter\`; ${followLoad.changes} slide changes ${followLoad.spacingMs} ms apart after ${followLoad.warmUpChanges} uncounted, each timed from just before the POST to each follower reading it; on one process (memory hub) and on two over a redis-server of the bench's own (presenter on A, followers on B). Memory per follower: VmRSS growth of the followers' process from its first 100 streams to all of them, over the streams between (so without one-time costs).`;
/** Followers open their streams this many at a time, inside the server's listen backlog. */
const connectBatch = 100;
/** A browser asks for compressed responses, and `serve` compresses: the load test does the same. */
const browserHeaders = { 'accept-encoding': 'gzip, deflate, br', accept: '*/*' };
const ms = (value) => ({ value: value === null || value === undefined ? null : Math.round(value * 100) / 100, unit: 'ms' });

/**
 * The secret `serve` and `share` read, made up for this run; the servers get it in their environment
 * (as a user sets QUARTERDECK_SECRET), so a presenter link can be made.
 */
export function serveEnv() {
  return { QUARTERDECK_SECRET: randomBytes(36).toString('base64') };
}

/** `quarterdeck serve --out OUT [ARGS…]` on a free loopback port, with room for `sockets` open sockets. */
export async function startServe(out, env, args = [], sockets = 0) {
  const server = await startServer('serve', ['--out', out, ...args], { env, discardStdout: true });
  try {
    checkFileLimit(server.pid, sockets);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/**
 * Requests per second and latency of `serve` for one URL: autocannon, `connections` at once for
 * `durationS` seconds after a 2-second warm-up, every response counted as failed unless it is a 2xx.
 */
export async function measureStatic(url, { connections, durationS } = staticLoad) {
  // An unmeasured warm-up, as the bench's other figures have: the server's code optimised first.
  await autocannon({ url, connections, duration: 2, headers: browserHeaders });
  const result = await autocannon({ url, connections, duration: durationS, headers: browserHeaders });
  return {
    url: new URL(url).pathname,
    connections,
    durationS,
    requests: result.requests.total,
    requestsPerSecond: { value: Math.round(result.requests.average), unit: 'req/s' },
    median: ms(result.latency.p50),
    p99: ms(result.latency.p99),
    failed: result.non2xx + result.errors + result.timeouts,
    failures: { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
  };
}

/** The deck page of `deck` and the script it loads (a hashed asset under the long-lived cache). */
export function staticUrls(base, out, deck) {
  const html = readFileSync(`${out}/${deck}/index.html`, 'utf8');
  const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error(`${out}/${deck}/index.html loads no script`);
  const page = new URL(`${deck}/`, base);
  return { page: page.href, asset: new URL(script, page).href };
}

/**
 * The presenter's cookie, as a browser gets it: `quarterdeck share DECK --presenter` prints a link,
 * the server answers it with a cookie scoped to the deck's folder.
 */
export async function presenterCookie(base, out, deck, env) {
  const link = execFileSync(process.execPath, ['bin/quarterdeck.js', 'share', deck, '--out', out, '--presenter'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  }).trim();
  const response = await fetch(new URL(link, base), { redirect: 'manual' });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`the presenter link ${link} set no cookie (${response.status})`);
  return cookie;
}

/**
 * `followers` event streams of `deck` on the server at `followerBase` (node:http, one socket each, as
 * many browsers would hold), and the presenter on `presenterBase` posting `changes` slide changes,
 * `spacingMs` apart, after `warmUpChanges` that are not counted. For each change, the time from just
 * before the POST to each follower reading that state. Memory per follower: the follower server's
 * resident memory growth from the first 100 streams to all of them, over the streams between.
 */
export async function measureFollowers({ presenterBase, followerBase, followerPid, deck, cookie }, load = followLoad) {
  checkFileLimit(process.pid, load.followers);
  const arrivals = new Map();
  const streams = [];
  /** `count` slide changes, spaced; for each follower and change, the time from before the POST to its arrival. */
  const present = async (count, from) => {
    const latencies = [];
    let missed = 0;
    for (let change = from; change < from + count; change += 1) {
      const sentAt = now();
      const response = await fetch(new URL(`${deck}/_live/state`, presenterBase), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: presenterBase.replace(/\/$/, '') },
        body: JSON.stringify({ indexh: 1 + (change % 9), indexv: 0, indexf: change % 2 ? 0 : -1 }),
      });
      if (!response.ok) throw new Error(`the presenter's POST answered ${response.status}: ${await response.text()}`);
      const { seq } = await response.json();
      const received = await delivered(arrivals, seq, load.followers, sentAt + load.deliveryTimeoutMs);
      missed += load.followers - received.length;
      for (const at of received) latencies.push(at - sentAt);
      arrivals.delete(seq);
      await new Promise((resolve) => setTimeout(resolve, load.spacingMs));
    }
    return { latencies, missed };
  };
  try {
    // Memory is read after the first batch and after the last, each after a pause for the server to
    // settle: the difference is what the later followers cost, without the first ones' one-time costs
    // (code compiled, the heap grown).
    let rssBefore = null;
    for (let first = 0; first < load.followers; first += connectBatch) {
      const batch = Array.from({ length: Math.min(connectBatch, load.followers - first) }, () => openStream(new URL(`${deck}/_live/events`, followerBase), arrivals));
      streams.push(...(await Promise.all(batch)));
      if (first === 0) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        rssBefore = residentKiB(followerPid);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rssAfter = residentKiB(followerPid);
    const measuredFollowers = streams.length - connectBatch;

    await present(load.warmUpChanges, 0);
    const { latencies, missed } = await present(load.changes, load.warmUpChanges);
    return {
      followers: load.followers,
      changes: load.changes,
      warmUpChanges: load.warmUpChanges,
      deliveries: latencies.length,
      missed,
      median: ms(median(latencies)),
      p99: ms(percentile(latencies, 99)),
      max: ms(Math.max(...latencies)),
      memoryPerFollower: { value: rssBefore === null || rssAfter === null ? null : Math.round(((rssAfter - rssBefore) / measuredFollowers) * 10) / 10, unit: 'KiB' },
      rss: { afterFirst: rssBefore, afterAll: rssAfter, followersBetween: measuredFollowers, unit: 'KiB' },
    };
  } finally {
    for (const stream of streams) stream.destroy();
  }
}

/** One follower: a GET of the event stream whose `data:` frames are stamped on arrival, by `seq`. */
function openStream(url, arrivals) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: { accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`GET ${url.pathname}: ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk) => {
        const at = now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame);
          if (!data) continue;
          const { seq } = JSON.parse(data[1]);
          if (!arrivals.has(seq)) arrivals.set(seq, []);
          arrivals.get(seq).push(at);
        }
      });
      response.on('error', () => {});
      resolve(request);
    });
    request.once('error', reject);
  });
}

/** The arrival times of `seq`, once every follower has it or `deadline` (on now()'s clock) passes. */
async function delivered(arrivals, seq, followers, deadline) {
  while ((arrivals.get(seq)?.length ?? 0) < followers && now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return arrivals.get(seq) ?? [];
}

/** VmRSS of a process, in KiB (Linux /proc); null elsewhere. */
function residentKiB(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  } catch {
    return null;
  }
}

/**
 * A process holding `sockets` connections needs as many file descriptors. Node raises its own soft
 * limit to the hard one at start, so only a low hard limit is in the way, and only root may raise it:
 * say so before the followers connect, rather than fail half-way with EMFILE.
 */
function checkFileLimit(pid, sockets) {
  const needed = sockets + 256;
  let limits;
  try {
    limits = readFileSync(`/proc/${pid}/limits`, 'utf8');
  } catch {
    return; // not Linux: nothing to read, and EMFILE will say what went wrong
  }
  const limit = /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1];
  if (limit === undefined || limit === 'unlimited' || Number(limit) >= needed) return;
  throw new Error(`process ${pid} may open ${limit} files, and ${sockets} followers need about ${needed}: raise the hard limit (ulimit -Hn ${needed}, as root) and run the bench again`);
}

/**
 * The whole serve part over a built folder: static load on one process, then the followers on one
 * process and on two over Redis (presenter on A, every follower on B). Each server is stopped after
 * its part; `stopAll` in bench/servers.js catches the rest on a failure.
 */
export async function benchServe(out, deck) {
  const env = serveEnv();
  const results = { deck, static: [], followers: [] };
  const loaded = await startServe(out, env);
  try {
    const urls = staticUrls(loaded.url, out, deck);
    results.static.push({ what: 'deck page', ...(await measureStatic(urls.page)) });
    results.static.push({ what: 'hashed asset', ...(await measureStatic(urls.asset)) });
  } finally {
    await loaded.stop();
  }
  // A fresh process, so that the static load's garbage is not counted as the followers' memory.
  const single = await startServe(out, env, [], followLoad.followers);
  try {
    const cookie = await presenterCookie(single.url, out, deck, env);
    results.followers.push({
      setup: 'one process',
      ...(await measureFollowers({ presenterBase: single.url, followerBase: single.url, followerPid: single.pid, deck, cookie })),
    });
  } finally {
    await single.stop();
  }
  results.followers.push(await followersOverRedis(out, deck, env).catch((error) => ({ setup: 'two processes over Redis', error: String(error.message ?? error) })));
  return results;
}

async function followersOverRedis(out, deck, env) {
  const redis = await startRedis();
  const servers = [];
  try {
    servers.push(await startServe(out, env, ['--redis', redis.url]));
    servers.push(await startServe(out, env, ['--redis', redis.url], followLoad.followers));
    const [a, b] = servers;
    const cookie = await presenterCookie(a.url, out, deck, env);
    return {
      setup: 'two processes over Redis',
      ...(await measureFollowers({ presenterBase: a.url, followerBase: b.url, followerPid: b.pid, deck, cookie })),
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await redis.stop();
  }
}
