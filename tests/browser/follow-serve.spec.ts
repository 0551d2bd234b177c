import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { fixtureOut } from '../../playwright.config.ts';
import { redisMissing, startRedis, type RedisServer } from '../helpers/redis-server.ts';
import { shareLink, startServe, stopAll, type ServeProcess } from '../helpers/serve-process.ts';
import { revealReady } from './slide-checks.ts';

// Follow the presenter end to end: the fixture deck as the config's first web server builds it,
// served by real `quarterdeck serve` processes (one alone, then two sharing the slide through a real
// redis-server), the presenter's page opened with the link `quarterdeck share --presenter` prints,
// and followers opening the public deck with ?follow, each in a browser context of its own.
const out = path.resolve(fixtureOut);
const secret = randomBytes(36).toString('base64');
let presenterLink: string;
let redis: RedisServer | undefined;

test.beforeAll(() => {
  presenterLink = shareLink(out, secret, 'quarterly', ['--presenter']);
});
test.afterAll(async () => {
  await stopAll();
  await redis?.stop();
});
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

type Indices = { h: number; v: number; f?: number };
const indices = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): Indices } }).Reveal.getIndices());

/** A page in a browser context of its own (its own cookies: one presenter link does not make every page a presenter). */
async function open(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  await revealReady(page);
  return page;
}

/** The presenter walks to slide 3 (Highlights) and shows its first fragment, with the keyboard. */
async function presentHighlights(presenter: Page): Promise<Indices> {
  for (let step = 0; step < 4; step += 1) await presenter.keyboard.press('ArrowRight');
  const there = await indices(presenter);
  expect(there).toMatchObject({ h: 3, v: 0 });
  expect(there.f, 'the presenter stands on a fragment').toBeGreaterThanOrEqual(0);
  return there;
}

/** What "within a blink" allows on a busy test machine: the state is pushed, never polled for. */
const blink = { timeout: 2000, intervals: [25] };

test.describe('one quarterdeck serve process', () => {
  let server: ServeProcess;
  test.beforeAll(async () => {
    server = await startServe(out, secret);
  });

  test('a follower moves with the presenter to slide and fragment, with the badge; a late joiner lands there at once', async ({ browser }) => {
    const presenter = await open(browser, `${server.base}${presenterLink}`);
    expect(new URL(presenter.url()).pathname, 'the link leaves the address bar').toBe('/quarterly/');
    const follower = await open(browser, `${server.base}/quarterly/?follow`);
    await expect(follower.locator('.qd-follow')).toHaveText(/Following the presenter/);
    await expect.poll(() => indices(follower), blink).toMatchObject({ h: 0, v: 0 });

    const there = await presentHighlights(presenter);
    await expect.poll(() => indices(follower), blink).toEqual(there);
    await expect(follower.locator('.reveal .slides > section.present .fragment.visible').first()).toBeVisible();

    const late = await open(browser, `${server.base}/quarterly/?follow`);
    await expect.poll(() => indices(late), blink).toEqual(there);
    await expect(late.locator('.qd-follow')).toHaveText(/Following the presenter/);
    await presenter.keyboard.press('ArrowLeft');
    const back = await indices(presenter);
    await expect.poll(() => indices(follower), blink).toEqual(back);
    await expect.poll(() => indices(late), blink).toEqual(back);
  });

  test('a viewer who is not the presenter moves no one: its page posts nothing, and a post by hand gets 404', async ({ browser }) => {
    const presenter = await open(browser, `${server.base}${presenterLink}#/2`);
    const follower = await open(browser, `${server.base}/quarterly/?follow`);
    await expect.poll(() => indices(follower), blink).toMatchObject({ h: 2 });

    const viewerLink = shareLink(out, secret, 'quarterly');
    for (const url of [`${server.base}/quarterly/`, `${server.base}${viewerLink}`]) {
      const viewer = await open(browser, url);
      const posts: string[] = [];
      viewer.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      for (let step = 0; step < 5; step += 1) await viewer.keyboard.press('ArrowRight');
      expect((await indices(viewer)).h, url).toBeGreaterThan(2);
      const byHand = await viewer.evaluate(async () => {
        const response = await fetch('./_live/state', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ indexh: 7, indexv: 0 }) });
        return response.status;
      });
      expect(byHand, url).toBe(404);
      await viewer.waitForTimeout(300);
      expect(posts.filter((post) => post.includes('/_live/')), url).toEqual([new URL('/quarterly/_live/state', server.base).href]);
      expect((await indices(follower)).h, url).toBe(2);
    }
    // The presenter still leads.
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => indices(follower), blink).toMatchObject({ h: 3 });
  });
});

test.describe('two quarterdeck serve processes over Redis', () => {
  test.skip(redisMissing, 'needs redis-server (npm test installs it)');
  let a: ServeProcess;
  let b: ServeProcess;
  test.beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startServe(out, secret, ['--redis', redis.url]), startServe(out, secret, ['--redis', redis.url])]);
  });

  test('the presenter on process A leads a follower on process B; a late joiner on B lands on the current slide', async ({ browser }) => {
    expect(a.base).not.toBe(b.base);
    const presenter = await open(browser, `${a.base}${presenterLink}`);
    const follower = await open(browser, `${b.base}/quarterly/?follow`);
    await expect(follower.locator('.qd-follow')).toHaveText(/Following the presenter/);

    const there = await presentHighlights(presenter);
    await expect.poll(() => indices(follower), blink).toEqual(there);

    const late = await open(browser, `${b.base}/quarterly/?follow`);
    await expect.poll(() => indices(late), blink).toEqual(there);
    await presenter.keyboard.press('ArrowRight');
    const next = await indices(presenter);
    expect(next).not.toEqual(there);
    await expect.poll(() => indices(follower), blink).toEqual(next);
    await expect.poll(() => indices(late), blink).toEqual(next);
  });
});
