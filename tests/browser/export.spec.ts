import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { currentIndex, revealReady } from './slide-checks.ts';

/** The fixture decks exported once for this file: the single-file decks and the PDFs the menus link. */
const out = path.resolve('.quarterdeck-tmp/export-dist');

test.beforeAll(() => {
  const run = spawnSync('node', ['bin/quarterdeck.js', 'export', 'quarterly', 'images', '--format', 'html,pdf', '--root', 'tests/fixtures/acme', '--out', out], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
});
test.setTimeout(120_000);

/** Every request that leaves the file system fails, as it would on a machine with no network. */
async function offline(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.context().route(/^https?:/, (route) => {
    requested.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return requested;
}

for (const [id, slides] of [['quarterly', 10], ['images', 2]] as const) {
  test(`the single-file ${id} deck opens from disk with no network and shows every slide`, async ({ page }) => {
    const requested = await offline(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
    await page.goto(pathToFileURL(path.join(out, id, `${id}.html`)).href);
    await revealReady(page);
    // The script ran: reveal.js laid the deck out and the page left its no-script layout.
    await expect(page.locator('html')).not.toHaveClass(/qd-no-js/);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(slides);
    // Every slide, fragments included, as a presenter moves through the deck with the arrow key.
    const visited = new Set([await currentIndex(page)]);
    for (let press = 0; press < slides * 10 && visited.size < slides; press += 1) {
      await page.keyboard.press('ArrowRight');
      visited.add(await currentIndex(page));
    }
    expect([...visited].sort((a, b) => a - b)).toEqual([...Array(slides).keys()]);
    // The deck's own fonts, from data: URLs, drew the text.
    const fonts = await page.evaluate(() => document.fonts.ready.then((set) => [...set].filter((face) => face.status === 'loaded').map((face) => face.family)));
    expect(fonts.some((family) => family.includes('Inter'))).toBe(true);
    const broken = await page.locator('img').evaluateAll((images) => images.filter((image) => !(image as HTMLImageElement).naturalWidth).length);
    expect(broken).toBe(0);
    expect(requested).toEqual([]);
    expect(errors).toEqual([]);
  });
}

/** Serves the export folder at http://qd.test/ from disk, with no server of its own. */
async function serveExport(page: Page): Promise<void> {
  await page.context().route('http://qd.test/**', (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname).replace(/\/$/, '/index.html');
    const file = path.join(out, relative);
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
}

test('an exported deck offers its PDF and single-file deck in a small menu in the corner', async ({ page }) => {
  await serveExport(page);
  await page.goto('http://qd.test/quarterly/');
  await revealReady(page);
  const menu = page.locator('details.qd-downloads');
  const closed = (await menu.boundingBox())!;
  // Closed, it is one word in the top-right corner, clear of the slide number and controls below.
  expect(closed.width).toBeLessThan(120);
  expect(closed.height).toBeLessThan(32);
  expect(closed.x + closed.width).toBeGreaterThan(1280 - 20);
  expect(closed.y).toBeLessThan(20);
  await menu.locator('summary').click();
  const pdf = menu.getByRole('link', { name: 'PDF' });
  await expect(pdf).toBeVisible();
  // Each link names a file the export wrote.
  for (const href of await menu.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
    expect(existsSync(path.join(out, new URL(href).pathname)), href).toBe(true);
  }
});

test('the download menu stays out of the print view', async ({ page }) => {
  await serveExport(page);
  await page.goto('http://qd.test/quarterly/?print-pdf');
  await page.waitForFunction(() => document.querySelector('.pdf-page') !== null);
  await expect(page.locator('details.qd-downloads')).toBeHidden();
});

test('the deck list links each exported deck PDF and single-file deck', async ({ page }) => {
  await serveExport(page);
  await page.goto('http://qd.test/');
  const card = page.locator('.qd-deck', { has: page.locator('a[href="./quarterly/"]') });
  await expect(card.locator('a[data-download="pdf"]')).toHaveAttribute('href', './quarterly/quarterly.pdf');
  await expect(card.locator('a[data-download="html"]')).toHaveAttribute('href', './quarterly/quarterly.html');
  expect(readFileSync(path.join(out, 'quarterly/quarterly.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
});
