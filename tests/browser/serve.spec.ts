import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/serve/app.ts';
import { signGrant } from '../../src/serve/grants.ts';
import type { Keyring } from '../../src/serve/keyring.ts';
import { revealReady } from './slide-checks.ts';

/** The acme fixture as the Playwright config's first web server builds it; `images` has publishAt. */
const out = path.resolve('.quarterdeck-tmp/acme-dist');
const publishAt = Date.parse('2031-04-01T09:00:00+09:00');
const secret = Buffer.from('a browser-test secret that is long enough');
const keyring: Keyring = { signing: { id: 'test', secret }, byId: new Map([['test', { id: 'test', secret }]]) };
const clock = { now: publishAt - 86_400_000 };
let app: FastifyInstance;
let base: string;

test.beforeAll(async () => {
  app = await createServer({ out, access: true, keyring, now: () => clock.now, log: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
test.afterAll(() => app.close());
test.beforeEach(() => {
  clock.now = publishAt - 86_400_000;
});

const link = (deck: string, edition: 'audience' | 'review', expiresIn = 3600) =>
  `${base}/${deck}/${edition === 'review' ? 'review/' : ''}?access=${signGrant(keyring, { deck, edition, role: 'viewer', expires: Math.floor(clock.now / 1000) + expiresIn })}`;

/** Console errors and CSP violations the page reports, and every URL it requested. */
function watch(page: Page) {
  const seen = { errors: [] as string[], requests: [] as string[], referers: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    seen.requests.push(request.url());
    const referer = request.headers().referer;
    if (referer) seen.referers.push(referer);
  });
  return seen;
}

test('an embargoed deck is invisible before publishAt and visible from it, with no rebuild', async ({ page }) => {
  const seen = watch(page);
  expect((await page.goto(`${base}/images/`))!.status()).toBe(404);
  expect((await page.goto(`${base}/images`))!.status()).toBe(404);
  await page.goto(`${base}/`);
  await expect(page.locator('body')).not.toContainText('Factory tour');
  await expect(page.locator('body')).toContainText('Operating income bridge');

  clock.now = publishAt;
  await page.goto(`${base}/`);
  await expect(page.locator('body')).toContainText('Factory tour');
  await expect(page.locator('a[href*="review"]')).toHaveCount(0);
  const response = await page.goto(`${base}/images`);
  expect(response!.status()).toBe(200);
  expect(page.url()).toBe(`${base}/images/`);
  await revealReady(page);
  // Its images load from the deck's own folder, under the CSP.
  const image = page.locator('.reveal img').first();
  await expect(image).toHaveJSProperty('complete', true);
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  expect(seen.errors.filter((text) => !text.includes('404'))).toEqual([]);
});

test('a signed review link opens the review edition, and nothing else', async ({ page }) => {
  const seen = watch(page);
  await page.goto(link('quarterly', 'review'));
  // The signature leaves the address bar at once, so no Referer can carry it.
  expect(page.url()).toBe(`${base}/quarterly/review/`);
  await revealReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-edition', 'review');
  expect(seen.errors).toEqual([]);
  expect(seen.referers.filter((referer) => referer.includes('access='))).toEqual([]);
  expect(seen.requests.filter((url) => url.includes('access=')).length).toBe(1);

  // The cookie the link left opens that deck's review edition only.
  for (const url of ['/bridge/review/', '/images/review/', '/images/']) {
    expect((await page.goto(`${base}${url}`))!.status(), url).toBe(404);
  }
  // Neither does the deck list link any review edition.
  await page.goto(`${base}/`);
  await expect(page.locator('a[href*="review"]')).toHaveCount(0);
  expect((await page.goto(`${base}/quarterly/review/`))!.status()).toBe(200);
});

test('a signed audience link opens an embargoed deck before publishAt', async ({ page }) => {
  await page.goto(link('images', 'audience'));
  expect(page.url()).toBe(`${base}/images/`);
  await revealReady(page);
  expect((await page.goto(`${base}/images/review/`))!.status()).toBe(404);
});

test('expired and tampered links are refused with the 404 of a missing deck', async ({ page }) => {
  const missing = await page.goto(`${base}/no-such-deck/`);
  const missingBody = await missing!.text();
  const expired = link('quarterly', 'review', -1);
  const valid = link('quarterly', 'review');
  const [payload, signature] = new URL(valid).searchParams.get('access')!.split('.');
  const fields = JSON.parse(Buffer.from(payload!, 'base64url').toString());
  fields[1] = 'bridge';
  const tampered = `${base}/bridge/review/?access=${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
  for (const url of [expired, tampered]) {
    const response = await page.goto(url);
    expect(response!.status()).toBe(404);
    expect(await response!.text()).toBe(missingBody);
  }
  expect(await page.context().cookies()).toEqual([]);
});

test("the speaker view runs under serve's CSP: its inline script is allowed by hash, and it frames the deck", async ({ page }) => {
  const seen = watch(page);
  await page.goto(`${base}/quarterly/#/4`);
  await revealReady(page);
  const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const errors: string[] = [];
  speakerView.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await expect(speakerView.locator('body')).toContainText("Other income turned positive after last year's one-off loss.", { timeout: 10_000 });
  await expect(speakerView.locator('#connection-status')).toBeHidden();
  expect([...seen.errors, ...errors]).toEqual([]);
});
