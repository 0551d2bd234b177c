import type { Browser, Page } from 'playwright-core';
import { PREVIEW_IMAGE } from '../compile/link-preview.ts';
import { SLIDE } from '../templates/parts/slide-geometry.ts';
import { revealReady } from './browser.ts';

/** The deck as a picture of its slides: no controls, progress bar, slide number or transitions. */
const stillQuery = '?controls=false&progress=false&slideNumber=false&transition=none&backgroundTransition=none&hash=false&margin=0';

type RevealApi = { slide(h: number): void; nextFragment(): boolean; getTotalSlides(): number; getCurrentSlide(): HTMLElement };

/**
 * Opens a deck page for pictures at `scale` × the viewport, with every fragment shown once its
 * slide is drawn, and the download menu (outside the slides) hidden.
 */
export async function openStill(browser: Browser, url: string, viewport: { width: number; height: number }, scale: number): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
  await page.goto(`${url}${stillQuery}`);
  await page.waitForFunction(revealReady);
  await page.addStyleTag({ content: '.qd-downloads, .qd-edition-badge { display: none !important; }' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Shows slide `index` with all its fragments, and waits until its images and fonts are drawn. */
export async function showSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((index) => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    reveal.slide(index);
    while (reveal.nextFragment());
  }, index);
  await page.evaluate(() =>
    Promise.all([
      document.fonts.ready,
      ...[...document.querySelectorAll('section.present img')].map((image) => (image as HTMLImageElement).decode().catch(() => undefined)),
    ]).then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))),
  );
}

export const slideCount = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getTotalSlides());

/** Each slide as a PNG of SLIDE's size × scale, in order; `onSlide` writes one as it is drawn. */
export async function exportPngs(browser: Browser, url: string, scale: number, onSlide: (index: number, count: number, png: Buffer) => Promise<void>): Promise<number> {
  const page = await openStill(browser, url, SLIDE, scale);
  try {
    const count = await slideCount(page);
    for (let index = 0; index < count; index += 1) {
      try {
        await showSlide(page, index);
        await onSlide(index, count, await page.screenshot({ type: 'png' }));
      } catch (error) {
        throw new SlideError(index, error);
      }
    }
    return count;
  } finally {
    await page.close();
  }
}

/**
 * The link-preview image, 1200×630: the slide drawn at the image's height, centred on the deck's
 * own background (a 16:9 slide is narrower than the 1.9:1 card).
 */
export async function exportPreviewImage(browser: Browser, url: string, slide: number): Promise<Buffer> {
  const page = await openStill(browser, url, PREVIEW_IMAGE, 1);
  try {
    await showSlide(page, slide);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** A failure while a given slide (0-based) was exported, so the report can name it. */
export class SlideError extends Error {
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}
