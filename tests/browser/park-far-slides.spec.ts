import { expect, test, type Page } from '@playwright/test';
import { sitePort } from '../../playwright.config.ts';
import { KEEP_DISTANCE } from '../../src/client/park-far-slides.ts';
import { currentIndex, goToSlide, revealReady, slideTotal } from './slide-checks.ts';

// src/client/park-far-slides.ts: in the largest IIJ deck, slides far from the current one have no
// content in the document, and get it back, the same nodes, before reveal.js shows them.
const deck = `http://localhost:${sitePort}/iij-fy2011-investor-presentation/`;

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

test('the print view (PDF export) keeps every slide with its content', async ({ page }) => {
  await page.goto(`${deck}?print-pdf`);
  await page.waitForFunction(() => document.documentElement.classList.contains('reveal-print'));
  await revealReady(page);
  const counts = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides section')].map((slide) => slide.childElementCount));
  expect(counts.length).toBeGreaterThan(2 * KEEP_DISTANCE + 2);
  expect(counts.filter((count) => count === 0)).toEqual([]);
});
