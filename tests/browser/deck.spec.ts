import { expect, test } from '@playwright/test';
import { BODY, SLIDE } from '../../src/templates/parts/slide-geometry.ts';
import { currentIndex, goToSlide, overflowOnCurrentSlide, revealReady } from './slide-checks.ts';

const deck = '/quarterly/';
const slideCount = 10;

test('the deck list links every deck with its title, date and slide count', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('a[href="./quarterly/"]');
  await expect(link).toContainText('Results for the Fourth Quarter');
  await expect(link).toContainText('Acme Robotics');
  await expect(link).toContainText('May 2025');
  await expect(link).toContainText('10 slides');
  await link.click();
  await revealReady(page);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(slideCount);
});

test('the deck list shows each deck newest first with a thumbnail of its cover, not a frame', async ({ page }) => {
  await page.goto('/');
  const links = await page.locator('a.qd-deck-text').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toEqual(['./quarterly/', './escaping/', './bridge/', './images/']);
  await expect(page.locator('iframe')).toHaveCount(0);
  const thumbnail = page.locator('.qd-deck', { has: page.locator('a[href="./quarterly/"]') }).locator('.qd-thumbnail');
  await expect(thumbnail).toContainText('Results for the Fourth Quarter');
  // The cover is scaled to the thumbnail box: a 1280×720 slide at a quarter.
  const box = await thumbnail.locator('.qd-slide').boundingBox();
  expect(box && [Math.round(box.width), Math.round(box.height)]).toEqual([320, 180]);
  // A click on the thumbnail opens the deck: the deck link covers it.
  const frame = (await thumbnail.boundingBox())!;
  await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await expect(page).toHaveURL(/\/quarterly\/$/);
});

test('an image slide shows the project image, loaded from its hashed asset file', async ({ page }) => {
  await page.goto('/images/#/0');
  await revealReady(page);
  const image = page.locator('.reveal .present img.qd-image');
  await expect(image).toHaveAttribute('alt', /robot arm line/);
  await expect(image).toHaveAttribute('src', /^\.\/assets\/assembly-line-[\w-]{8}\.svg$/);
  const size = await image.evaluate((img: HTMLImageElement) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]));
  expect(size).toEqual([640, 360]);
  await expect(image).toBeVisible();
});

test('the built HTML carries every slide text, number and chart without JavaScript', async ({ browser, request }) => {
  const html = await (await request.get(deck)).text();
  for (const text of ['Income statement', '48,210', '(320)', 'Operating margin', 'Questions welcome', 'Europe']) {
    expect(html).toContain(text);
  }
  expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(4);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(deck);
  await expect(page.getByText('Revenue by quarter, side by side')).toBeVisible();
  await expect(page.getByText('Questions welcome')).toBeVisible();
  await context.close();
});

test('arrow keys move between slides and the URL follows', async ({ page }) => {
  await page.goto(deck);
  await revealReady(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndex(page)).toBe(2);
  // reveal.js updates the hash at most once a second.
  await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toBe('#/2');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => currentIndex(page)).toBe(1);
});

test('a hash URL opens that slide', async ({ page }) => {
  await page.goto(`${deck}#/4`);
  await revealReady(page);
  expect(await currentIndex(page)).toBe(4);
  await expect(page.locator('section.present')).toContainText('Income statement');
  await expect(page.locator('.slide-number')).toContainText('5');
});

test('fragments build the highlights one bullet at a time', async ({ page }) => {
  await page.goto(`${deck}#/3`);
  await revealReady(page);
  const fragments = page.locator('section.present .fragment');
  const visible = page.locator('section.present .fragment.visible');
  await expect(fragments).toHaveCount(3);
  await expect(visible).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(visible).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(visible).toHaveCount(3);
  expect(await currentIndex(page)).toBe(3);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentIndex(page)).toBe(4);
});

// src/compile/reveal-slide-updates.ts rewrites reveal.js's slide loops to write only what changes:
// each slide must still end in the state reveal.js gives it, after moves forwards and back, and be
// displayed only within reveal.js's view distance (3) of the current one.
test('after a change every earlier slide is past with its fragments shown, every later one future with them hidden, and only the current one is not hidden', async ({ page }) => {
  await page.goto(deck);
  await revealReady(page);
  for (const index of [7, 2, 4]) {
    await goToSlide(page, index);
    await expect.poll(() => currentIndex(page)).toBe(index);
  }
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].map((slide) => ({
      classes: ['past', 'present', 'future'].filter((name) => slide.classList.contains(name)),
      hidden: slide.hasAttribute('hidden'),
      ariaHidden: slide.getAttribute('aria-hidden'),
      display: (slide as HTMLElement).style.display,
      fragments: slide.querySelectorAll('.fragment').length,
      shownFragments: slide.querySelectorAll('.fragment.visible').length,
    })),
  );
  expect(states).toHaveLength(slideCount);
  // The highlights (slide 3) and the chart (slide 5) build in fragments: one past, one future.
  expect(states[3]?.fragments).toBeGreaterThan(0);
  expect(states[5]?.fragments).toBeGreaterThan(0);
  states.forEach((state, index) => {
    const where = index < 4 ? 'past' : index > 4 ? 'future' : 'present';
    expect(state.classes, `slide ${index}`).toEqual([where]);
    expect(state.hidden, `slide ${index}`).toBe(where !== 'present');
    expect(state.ariaHidden, `slide ${index}`).toBe(where === 'present' ? null : 'true');
    expect(state.display, `slide ${index}`).toBe(Math.abs(index - 4) < 3 ? 'block' : 'none');
    if (where === 'past') expect(state.shownFragments, `slide ${index}`).toBe(state.fragments);
    if (where === 'future') expect(state.shownFragments, `slide ${index}`).toBe(0);
  });
});

test('a chart builds series by series as fragments', async ({ page }) => {
  await page.goto(`${deck}#/5`);
  await revealReady(page);
  await expect(page.locator('section.present svg .fragment')).toHaveCount(2);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('section.present svg .fragment.visible')).toHaveCount(1);
});

test('the speaker view loads only when S is pressed, then shows the current slide notes', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(sent.url());
  });
  const speakerViewIn = async (urls: string[]) => (await Promise.all(urls.map(async (url) => (await (await request.get(url)).text()).includes('Speaker View')))).some(Boolean);
  await page.goto(`${deck}#/4`);
  await revealReady(page);
  expect(scripts.length).toBeGreaterThan(0);
  expect(await speakerViewIn(scripts)).toBe(false);
  // reveal.js's help overlay lists the key before the plugin is loaded.
  await page.keyboard.press('Shift+Slash');
  await expect(page.locator('.r-overlay-help')).toContainText('Speaker notes view');
  await page.keyboard.press('Escape');
  const loadedBefore = scripts.length;
  const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  expect(await speakerViewIn(scripts.slice(loadedBefore))).toBe(true);
  await expect(speakerView.locator('body')).toContainText("Other income turned positive after last year's one-off loss.", { timeout: 10_000 });
});

test('a deck page links one theme stylesheet, its own', async ({ page, request }) => {
  await page.goto(deck);
  const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  const palettes = await Promise.all(sheets.map(async (url) => [...(await (await request.get(url)).text()).matchAll(/\[data-theme=["']?(\w+)/g)].map((match) => match[1])));
  expect(palettes.flat()).toEqual(expect.arrayContaining(['quarterdeck']));
  expect(new Set(palettes.flat())).toEqual(new Set(['quarterdeck']));
  expect(palettes.filter((names) => names.length > 0)).toHaveLength(1);
});

test('the slide and its body box have the sizes slide-geometry.ts declares', async ({ page }) => {
  await page.goto(`${deck}#/4`);
  await revealReady(page);
  // offsetWidth and offsetHeight are the laid-out sizes, before reveal.js scales the slide.
  const size = (selector: string) =>
    page.locator(selector).evaluate((el: HTMLElement) => ({ width: el.offsetWidth, height: el.offsetHeight }));
  expect(await size('section.present')).toEqual(SLIDE);
  expect(await size('section.present .qd-slide')).toEqual(SLIDE);
  expect(await size('section.present .qd-body')).toEqual(BODY);
});

test('text from data shows as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  await page.goto('/escaping/');
  await revealReady(page);
  await expect(page.locator('section.present')).toContainText('<script>window.__bulletRan = true</script>');
  await expect(page.locator('section.present')).toContainText('<img src=x onerror="window.__nestedRan = true">');
  const ran = await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__') && key.endsWith('Ran')));
  expect(ran).toEqual([]);
  expect(dialogs).toEqual([]);
});

// layout.spec.ts checks every slide of every deck for overflow; this checks the check.
test('the overflow check catches content wider or taller than the slide', async ({ page }) => {
  await page.goto(`${deck}#/4`);
  await revealReady(page);
  await page.evaluate(() => {
    const table = document.querySelector('section.present table')!;
    for (let i = 0; i < 20; i++) table.append(table.querySelector('tr:last-child')!.cloneNode(true));
  });
  expect((await overflowOnCurrentSlide(page)).length).toBeGreaterThan(0);
});

test('a deck link typed without the trailing slash still opens the deck', async ({ page }) => {
  await page.goto('/quarterly#/4');
  await revealReady(page);
  expect(new URL(page.url()).pathname).toBe('/quarterly/');
  expect(await currentIndex(page)).toBe(4);
});
