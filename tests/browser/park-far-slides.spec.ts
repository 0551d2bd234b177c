import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeSyntheticProject } from '../../bench/synthetic-deck.js';
import { sitePort } from '../../playwright.config.ts';
import { KEEP_DISTANCE, PARK_FROM_SLIDES } from '../../src/client/park-far-slides.ts';
import { startServe, stopAll } from '../helpers/serve-process.ts';
import { currentIndex, goToSlide, revealReady, slideTotal } from './slide-checks.ts';

// src/client/park-far-slides.ts: in a deck of more than PARK_FROM_SLIDES slides (the bench's
// synthetic deck, made up figures), slides far from the current one have no content in the
// document, and get it back, the same nodes, before reveal.js shows them. Smaller decks keep all.
let deck = '';
let work = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = await mkdtemp(path.join(tmpdir(), 'qd-park-'));
  const id: string = await writeSyntheticProject(path.join(work, 'project'), PARK_FROM_SLIDES + 20);
  execFileSync(process.execPath, ['bin/quarterdeck.js', 'build', '--root', path.join(work, 'project'), '--out', path.join(work, 'out')], { stdio: 'ignore' });
  const server = await startServe(path.join(work, 'out'), 'a-secret-only-this-test-uses-0123456789abcdef');
  deck = `${server.base}/${id}/`;
});

test.afterAll(async () => {
  await stopAll();
  await rm(work, { recursive: true, force: true });
});

/** For every slide section: how many child elements it holds now. */
const childCounts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((slide) => slide.childElementCount));

/** The text of every slide section as the server sent it, before any script ran. */
async function servedTexts(page: Page): Promise<string[]> {
  const html = await (await page.request.get(deck)).text();
  return page.evaluate((source) => {
    const served = new DOMParser().parseFromString(source, 'text/html');
    return [...served.querySelectorAll('.reveal .slides > section')].map((slide) => slide.textContent ?? '');
  }, html);
}

test('only the slides near the current one keep their content, and every slide still counts', async ({ page }) => {
  await page.goto(deck);
  await revealReady(page);
  const counts = await childCounts(page);
  expect(counts.length).toBeGreaterThan(2 * KEEP_DISTANCE + 2);
  counts.forEach((count, index) => expect(count > 0, `slide ${index}`).toBe(index <= KEEP_DISTANCE));
  expect(await slideTotal(page)).toBe(counts.length);
  await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*1\\s*/\\s*${counts.length}\\s*$`));
});

test('a jump shows the destination with the content it was served with, the same nodes', async ({ page }) => {
  await page.goto(deck);
  await revealReady(page);
  const texts = await servedTexts(page);
  const far = texts.length - 5;
  // Keep hold of the first slide's content while it waits outside the document.
  await page.evaluate(() => {
    (window as unknown as { held: Element }).held = document.querySelector('.reveal .slides > section')!.firstElementChild!;
  });
  await goToSlide(page, far);
  const present = page.locator('.reveal .slides > section.present');
  await expect.poll(() => currentIndex(page)).toBe(far);
  expect(await present.evaluate((slide) => slide.textContent)).toBe(texts[far]);
  await expect(present.locator('.qd-title').first()).toBeVisible();
  const counts = await childCounts(page);
  counts.forEach((count, index) => expect(count > 0, `slide ${index}`).toBe(Math.abs(index - far) <= KEEP_DISTANCE));

  // Back, one slide at a time, past where the deck parked slides: every slide shown has its content.
  for (let index = far - 1; index >= far - KEEP_DISTANCE - 3; index -= 1) {
    await goToSlide(page, index);
    await expect.poll(() => currentIndex(page)).toBe(index);
    expect(await present.evaluate((slide) => slide.textContent)).toBe(texts[index]);
  }
  expect(await page.evaluate(() => (window as unknown as { held: Element }).held.isConnected)).toBe(false);
  await goToSlide(page, 0);
  expect(await present.evaluate((slide) => slide.textContent)).toBe(texts[0]);
  expect(await present.evaluate((slide) => slide.firstElementChild === (window as unknown as { held: Element }).held)).toBe(true);
});

test(`a deck of fewer than ${PARK_FROM_SLIDES} slides keeps every slide's content`, async ({ page }) => {
  await page.goto(`http://localhost:${sitePort}/iij-fy2011-investor-presentation/`);
  await revealReady(page);
  const counts = await childCounts(page);
  expect(counts.length).toBeGreaterThan(2 * KEEP_DISTANCE + 2);
  expect(counts.filter((count) => count === 0)).toEqual([]);
});

test('the print view (PDF export) keeps every slide with its content', async ({ page }) => {
  await page.goto(`${deck}?print-pdf`);
  await page.waitForFunction(() => document.documentElement.classList.contains('reveal-print'));
  await revealReady(page);
  const counts = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides section')].map((slide) => slide.childElementCount));
  expect(counts.length).toBeGreaterThan(2 * KEEP_DISTANCE + 2);
  expect(counts.filter((count) => count === 0)).toEqual([]);
});
