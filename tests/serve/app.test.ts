import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signGrant } from '../../src/serve/grants.ts';
import { builtSite, publishAt, secretTitle, servedSite, testKeyring } from '../helpers/built-site.ts';
import { rawGet, type RawResponse } from '../helpers/raw-http.ts';

let out: string;
let served: Awaited<ReturnType<typeof servedSite>>;
let port: number;
const hour = 3_600_000;
const before = publishAt - hour;
const seconds = (ms: number) => Math.floor(ms / 1000);
const keyring = testKeyring();
const sign = (deck: string, edition: 'audience' | 'review', expires = seconds(before) + 3600, ring = keyring) =>
  signGrant(ring, { deck, edition, role: 'viewer', expires, note: 'auditors' });
const get = (path: string, headers?: Record<string, string>) => rawGet(port, path, headers);

beforeAll(async () => {
  out = await builtSite();
  // A high limit: this file sends many refusals on purpose; the rate-limit test has its own server.
  served = await servedSite(out, { refusalsPerMinute: 10_000 });
  await served.app.listen({ port: 0, host: '127.0.0.1' });
  port = (served.app.server.address() as { port: number }).port;
});
afterAll(() => served.app.close());

/** What a 404 shows: status, body and every header but the date. */
const shape = (response: RawResponse) => {
  const { date: _date, ...headers } = response.headers;
  return { status: response.status, headers, body: response.body.toString('latin1') };
};

describe('every refusal is the same 404 as a deck that never existed', () => {
  const tamper = (token: string) => {
    const [payload, signature] = token.split('.');
    const fields = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    fields[4] += 86_400;
    return `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
  };
  const cases: [string, () => string, Record<string, string>?][] = [
    ['a deck that does not exist', () => '/nothing/'],
    ['an embargoed deck before publishAt', () => '/quarterly/'],
    ["an embargoed deck's image", () => '/quarterly/assets/chart-Ab12Cd34.png'],
    ["an embargoed deck's PDF", () => '/quarterly/quarterly.pdf'],
    ["an embargoed deck's link-preview image", () => '/quarterly/og.png'],
    ["an embargoed deck's slide PNG", () => '/quarterly/slides/01.png'],
    ["an embargoed deck's single-file export", () => '/quarterly/quarterly.html'],
    ['an embargoed deck without its slash', () => '/quarterly'],
    ['a review edition without a grant', () => '/bridge/review/'],
    ["a review edition's image without a grant", () => '/bridge/review/assets/chart-Ab12Cd34.png'],
    ['a wrong signature', () => `/quarterly/review/?access=${sign('quarterly', 'review').slice(0, -4)}AAAA`],
    ['an expired link', () => `/quarterly/review/?access=${sign('quarterly', 'review', seconds(before))}`],
    ['a tampered payload', () => `/quarterly/review/?access=${tamper(sign('quarterly', 'review'))}`],
    ['a key that was never in the keyring', () => `/quarterly/review/?access=${sign('quarterly', 'review', undefined, testKeyring(['other']))}`],
    ['a link for another deck', () => `/quarterly/review/?access=${sign('bridge', 'review')}`],
    ['an audience link on the review edition', () => `/quarterly/review/?access=${sign('quarterly', 'audience')}`],
    ['a review link on the audience edition', () => `/quarterly/?access=${sign('quarterly', 'review')}`],
    ['a link used on the deck list', () => `/?access=${sign('quarterly', 'review')}`],
    ['a link used on the shared assets', () => `/assets/fonts.css?access=${sign('quarterly', 'review')}`],
    ['a malformed token', () => '/quarterly/review/?access=not-a-token'],
    ['two tokens', () => `/quarterly/review/?access=${sign('quarterly', 'review')}&access=${sign('quarterly', 'review')}`],
    ['an expired cookie', () => '/quarterly/review/', { cookie: `qd_review=${sign('quarterly', 'review', seconds(before))}` }],
    ["another deck's cookie", () => '/quarterly/review/', { cookie: `qd_review=${sign('bridge', 'review')}` }],
    ['a malformed cookie', () => '/quarterly/review/', { cookie: 'qd_review=%%%' }],
    ['..', () => '/bridge/../quarterly/index.html'],
    ['%2e%2e', () => '/bridge/%2e%2e/quarterly/index.html'],
    ['%2f', () => '/bridge%2findex.html'],
    ['%5c', () => '/bridge%5cindex.html'],
    ['a backslash', () => '/bridge\\index.html'],
    ['a doubled slash', () => '//bridge/index.html'],
    ['a doubled slash inside', () => '/bridge//index.html'],
    ['NUL', () => '/bridge/index.html%00'],
    ['invalid percent-encoding', () => '/bridge/%zz'],
    ['a 2,000-character path', () => `/bridge/${'a'.repeat(2000)}`],
    ['the site manifest', () => '/.quarterdeck/site.json'],
    ['a public list file by its name', () => '/.quarterdeck/lists/1.html'],
    ['the build stamp', () => '/.quarterdeck-build'],
    ['a dot-file inside a deck', () => '/bridge/.hidden'],
  ];

  test.each(cases)('%s', async (_name, path, headers) => {
    const [reference, response] = await Promise.all([get('/never-existed/'), get(path(), headers)]);
    expect(shape(response)).toEqual(shape(reference));
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['set-cookie']).toBeUndefined();
    const text = `${JSON.stringify(response.headers)}${response.body.toString()}`;
    for (const leak of [secretTitle, 'quarterly', 'index.html', 'chart-Ab12Cd34']) expect(text).not.toContain(leak);
  });

  test('each refusal is in the access log with its reason, and no token is', () => {
    const refused = served.lines.filter((line) => line.status === 404);
    expect(refused.map((line) => line.refused)).toEqual(expect.arrayContaining(['not-found', 'embargoed', 'no-grant', 'bad-signature', 'expired', 'unknown-key', 'other-deck', 'other-edition', 'outside-deck', 'malformed', 'bad-path']));
    expect(refused.every((line) => typeof line.refused === 'string')).toBe(true);
    const logged = JSON.stringify(served.lines);
    expect(logged).not.toContain(sign('quarterly', 'review').split('.')[1]);
    expect(logged).toContain('access=REDACTED');
  });
});

describe('an embargo walked across publishAt with no rebuild', () => {
  const deckUrls = ['/quarterly/', '/quarterly/assets/chart-Ab12Cd34.png', '/quarterly/quarterly.pdf', '/quarterly/og.png', '/quarterly/slides/01.png'];

  test.each([
    ['an hour before', -hour, 404],
    ['a millisecond before', -1, 404],
    ['at the moment', 0, 200],
    ['a day after', 24 * hour, 200],
  ])("%s, the deck's page, image, PDF, og image and slide PNG answer %i", async (_name, offset, status) => {
    served.clock.now = publishAt + offset;
    for (const url of deckUrls) expect((await get(url)).status, url).toBe(status);
    const redirect = await get('/quarterly?x=1');
    expect(redirect.status).toBe(status === 200 ? 301 : 404);
    if (status === 200) expect(redirect.headers.location).toBe('/quarterly/?x=1');
    const list = (await get('/')).body.toString();
    expect(list.includes(secretTitle)).toBe(status === 200);
    expect((await get('/index.html')).body.toString()).toBe(list);
    // The full list, with every review link, is never the public list.
    expect(list).not.toContain('review');
    served.clock.now = before;
  });

  test('the review edition stays closed after publishAt', async () => {
    served.clock.now = publishAt + hour;
    expect((await get('/quarterly/review/')).status).toBe(404);
    served.clock.now = before;
  });
});

describe('a signed link', () => {
  test('is kept in a cookie scoped to its edition and taken out of the address', async () => {
    const token = sign('quarterly', 'review');
    const response = await get(`/quarterly/review/?follow&access=${token}`);
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/quarterly/review/?follow=');
    const [cookie] = response.headers['set-cookie']!;
    expect(cookie).toBe(`qd_review=${token}; Max-Age=3600; Path=/quarterly/review/; HttpOnly; SameSite=Lax`);
  });

  test('its cookie opens the edition, and what it opens is private', async () => {
    const cookie = `qd_review=${sign('quarterly', 'review')}`;
    const page = await get('/quarterly/review/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain(`${secretTitle} (review)`);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect((await get('/quarterly/review/assets/chart-Ab12Cd34.png', { cookie })).headers['cache-control']).toBe('private, no-cache');
    expect((await get('/bridge/review/', { cookie })).status).toBe(404);
  });

  test('an audience link opens an embargoed deck before publishAt, only that deck', async () => {
    const cookie = `qd_audience=${sign('quarterly', 'audience')}`;
    expect((await get('/quarterly/quarterly.pdf', { cookie })).status).toBe(200);
    expect((await get('/quarterly/review/', { cookie })).status).toBe(404);
    const redirect = await get(`/quarterly?access=${sign('quarterly', 'audience')}`);
    expect(redirect.headers.location).toBe('/quarterly/');
  });

  test('is Secure behind a TLS proxy when the proxy is trusted', async () => {
    const proxied = await servedSite(out, { trustProxy: true });
    const response = await proxied.app.inject({ url: `/quarterly/review/?access=${sign('quarterly', 'review')}`, headers: { 'x-forwarded-proto': 'https' } });
    expect(String(response.headers['set-cookie'])).toContain('; Secure');
    const untrusted = await served.app.inject({ url: `/quarterly/review/?access=${sign('quarterly', 'review')}`, headers: { 'x-forwarded-proto': 'https' } });
    expect(String(untrusted.headers['set-cookie'])).not.toContain('Secure');
    await proxied.app.close();
  });

  test('a stale cookie does not close a public deck', async () => {
    expect((await get('/bridge/', { cookie: 'qd_audience=garbage' })).status).toBe(200);
  });
});

describe('headers', () => {
  test('a hashed asset is cached for a year; a page revalidates with its ETag to a 304', async () => {
    expect((await get('/assets/main-B2Wv92uB.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/fonts.css')).headers['cache-control']).toBe('no-cache');
    const page = await get('/bridge/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['last-modified']).toBeTruthy();
    const again = await get('/bridge/', { 'if-none-match': page.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('a response is compressed when the client accepts brotli', async () => {
    const response = await get('/assets/main-B2Wv92uB.js', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.body.length).toBeLessThan(1000);
    expect(brotliDecompressSync(response.body).toString()).toContain('x'.repeat(4000));
  });

  test('security headers: CSP without inline script, nosniff, no referrer, frame-ancestors from config', async () => {
    const { headers } = await get('/bridge/');
    // 'self' and the hash of reveal.js's speaker view script: no other inline script runs.
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    const framed = await servedSite(out, { frameAncestors: ["'self'", 'https://ir.example.com'] });
    const response = await framed.app.inject({ url: '/bridge/' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self' https://ir.example.com");
    expect(response.headers['x-frame-options']).toBeUndefined();
    await framed.app.close();
  });

  test('one JSON access-log line per request', async () => {
    const logged = await servedSite(out);
    await logged.app.inject({ url: '/bridge/' });
    await logged.app.inject({ url: `/quarterly/review/?access=${sign('quarterly', 'review')}` });
    await logged.app.inject({ url: '/healthz' });
    expect(logged.lines).toEqual([
      expect.objectContaining({ method: 'GET', path: '/bridge/', status: 200, deck: 'bridge', edition: 'audience', ip: '127.0.0.1' }),
      expect.objectContaining({ path: '/quarterly/review/?access=REDACTED', status: 302, deck: 'quarterly', edition: 'review', key: 'k1', note: 'auditors', role: 'viewer' }),
      expect.objectContaining({ path: '/healthz', status: 200 }),
    ]);
    expect(typeof logged.lines[0]!.ms).toBe('number');
    await logged.app.close();
  });

  test('/healthz answers ok', async () => {
    const response = await get('/healthz');
    expect(JSON.parse(response.body.toString())).toEqual({ ok: true });
  });
});

test('failed attempts from one client are rate-limited: 429 after the limit, for every path', async () => {
  const limited = await servedSite(out, { refusalsPerMinute: 3 });
  const app: FastifyInstance = limited.app;
  for (let attempt = 0; attempt < 2; attempt++) expect((await app.inject({ url: '/quarterly/review/?access=x.y' })).statusCode).toBe(404);
  // Plain 404s (a missing file) are not attempts at a link and do not count.
  for (let attempt = 0; attempt < 3; attempt++) expect((await app.inject({ url: '/bridge/missing.png' })).statusCode).toBe(404);
  expect((await app.inject({ url: '/quarterly/review/', cookies: { qd_review: 'x.y' } })).statusCode).toBe(404);
  expect((await app.inject({ url: '/quarterly/review/?access=x.y' })).statusCode).toBe(429);
  expect((await app.inject({ url: '/bridge/' })).statusCode).toBe(429);
  expect(limited.lines.at(-1)).toMatchObject({ status: 429, refused: 'rate-limited' });
  await app.close();
});

describe('authorize, for the live routes', () => {
  test('answers public, the grant holder role, or nothing (→ 404) for a deck and edition', async () => {
    const live = await servedSite(out, {
      registerLive: async (app, authorize) => {
        app.get('/:deck/live', async (request) => ({ audience: authorize(request, (request.params as { deck: string }).deck, 'audience') ?? null, review: authorize(request, (request.params as { deck: string }).deck, 'review') ?? null }));
      },
    });
    const ask = async (url: string, cookies?: Record<string, string>) => JSON.parse((await live.app.inject({ url, cookies })).body);
    expect(await ask('/bridge/live')).toEqual({ audience: { role: 'public' }, review: null });
    expect(await ask('/quarterly/live')).toEqual({ audience: null, review: null });
    expect(await ask('/nothing/live')).toEqual({ audience: null, review: null });
    const presenter = signGrant(keyring, { deck: 'quarterly', edition: 'audience', role: 'presenter', expires: seconds(before) + 60 });
    expect(await ask('/quarterly/live', { qd_audience: presenter })).toEqual({ audience: { role: 'presenter' }, review: null });
    expect(await ask(`/quarterly/live?access=${presenter}`)).toEqual({ audience: { role: 'presenter' }, review: null });
    expect(await ask('/bridge/live', { qd_audience: presenter })).toEqual({ audience: { role: 'public' }, review: null });
    live.clock.now = publishAt;
    expect(await ask('/quarterly/live')).toEqual({ audience: { role: 'public' }, review: null });
    await live.app.close();
  });
});
