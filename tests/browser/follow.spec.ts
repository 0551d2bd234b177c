import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { fixtureOut } from '../../playwright.config.ts';
import { memoryHub } from '../../src/serve/live/memory-hub.ts';
import { liveApp, roleHeader } from '../helpers/live-app.ts';
import { revealReady } from './slide-checks.ts';

// The built fixture deck, served with the live routes by a small Fastify app of this test's own; the
// lead's `serve` puts the same plugin behind its access rules.
let app: FastifyInstance;
let base: string;
test.beforeAll(async () => {
  ({ app, base } = await liveApp(memoryHub(), undefined, path.resolve(fixtureOut)));
});
test.afterAll(async () => {
  await app?.close();
});

type Indices = { h: number; v: number; f?: number };
const indices = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): Indices } }).Reveal.getIndices());

async function open(page: Page, role: string, url: string) {
  await page.setExtraHTTPHeaders({ [roleHeader]: role });
  await page.goto(`${base}${url}`);
  await revealReady(page);
}

test('a follower moves with the presenter, slide and fragment, and sees the badge beside the slide', async ({ browser }) => {
  const presenter = await browser.newPage();
  const follower = await browser.newPage();
  await open(presenter, 'presenter', '/quarterly/#/2');
  await open(follower, 'viewer', '/quarterly/?follow');
  // At connect, the follower jumps to where the presenter already is.
  await expect.poll(() => indices(follower).then((at) => at.h)).toBe(2);
  const badge = follower.locator('.qd-follow');
  await expect(badge).toHaveText(/Following the presenter\s*Stop/);

  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  const there = await indices(presenter);
  expect(there.f, 'the presenter stands on a fragment of a slide').toBeGreaterThanOrEqual(0);
  await expect.poll(() => indices(follower)).toEqual(there);
  await presenter.keyboard.press('ArrowLeft');
  const back = await indices(presenter);
  await expect.poll(() => indices(follower)).toEqual(back);

  const slide = (await follower.locator('.reveal .slides').boundingBox())!;
  const pill = (await badge.boundingBox())!;
  expect(pill.y + pill.height).toBeLessThanOrEqual(slide.y);
  await presenter.close();
  await follower.close();
});

test('a follower can stop, stays put while the presenter moves, and R jumps back to the presenter', async ({ browser }) => {
  const presenter = await browser.newPage();
  const follower = await browser.newPage();
  await open(presenter, 'presenter', '/quarterly/#/0');
  await open(follower, 'viewer', '/quarterly/?follow');
  const badge = follower.locator('.qd-follow');
  await expect(badge).toHaveText(/Following the presenter/);
  await badge.getByRole('button', { name: 'Stop' }).click();
  await expect(badge).toHaveText(/press R to follow the presenter/);

  await presenter.goto(`${base}/quarterly/#/4`);
  await revealReady(presenter);
  await presenter.waitForTimeout(300);
  expect((await indices(follower)).h).toBe(0);

  await follower.keyboard.press('r');
  await expect.poll(() => indices(follower).then((at) => at.h)).toBe(4);
  await expect(badge).toHaveText(/Following the presenter/);
  await presenter.close();
  await follower.close();
});

test("R is in reveal.js's help overlay of a following page", async ({ page }) => {
  await open(page, 'viewer', '/quarterly/?follow');
  await expect(page.locator('.qd-follow')).toBeVisible();
  await page.keyboard.press('Shift+?');
  await expect(page.locator('.r-overlay-help')).toContainText('Follow the presenter again');
});

test('a viewer without ?follow, and a presenter page, get no badge', async ({ page }) => {
  await open(page, 'viewer', '/quarterly/');
  await open(page, 'presenter', '/quarterly/?follow');
  await page.waitForTimeout(300);
  await expect(page.locator('.qd-follow')).toHaveCount(0);
});

test('served without the live routes (preview), ?follow is silent: no badge, no console errors', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto('/quarterly/?follow');
  await revealReady(page);
  await page.waitForTimeout(300);
  await expect(page.locator('.qd-follow')).toHaveCount(0);
  expect(messages).toEqual([]);
});
