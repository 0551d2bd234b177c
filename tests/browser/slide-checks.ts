import type { Page } from '@playwright/test';

/** Waits until reveal.js has started on the page and the fonts its text needs have loaded. */
export async function revealReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await page.evaluate(() => document.fonts.ready);
}

export function currentIndex(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);
}

/**
 * What on the current slide spills out of the 1280×720 canvas: elements outside the slide's box, and
 * clipped elements whose content is bigger than they are (a cut-off title or table).
 */
export function overflowOnCurrentSlide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides > section.present') as HTMLElement;
    const box = slide.getBoundingClientRect();
    const found: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const tolerance = 1;
    for (const element of [slide, ...slide.querySelectorAll('*')]) {
      if (element.closest('aside.notes')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.left < box.left - tolerance || rect.top < box.top - tolerance || rect.right > box.right + tolerance || rect.bottom > box.bottom + tolerance) {
        found.push(`outside the slide: ${name(element)}`);
      }
      if (element instanceof HTMLElement) {
        const style = getComputedStyle(element);
        const clips = /hidden|clip|auto|scroll/.test(style.overflowX + style.overflowY);
        if (clips && (element.scrollWidth > element.clientWidth + tolerance || element.scrollHeight > element.clientHeight + tolerance)) {
          found.push(`cut off: ${name(element)} (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
        }
      }
    }
    return found;
  });
}

/** Moves reveal.js to slide `index` (0-based, horizontal) and waits until it is the current one. */
export async function goToSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), index);
  await page.waitForFunction((h) => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h === h, index);
}

export function slideTotal(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
}

/** What the layout check measures on one slide. */
export interface SlideLayout {
  index: number;
  template: string | null;
  /** The title the slide shows, if it has a title band. */
  title: string | null;
  /** The title's computed font size in CSS pixels of the slide. */
  titleSize: number | null;
  /**
   * The share of the body box its content fills: the heights of the body's blocks over the body's,
   * 0 to 1, more when the content runs past the body; null without a body (covers, sections).
   */
  fill: number | null;
  /** What spills out of the slide (see overflowOnCurrentSlide). */
  overflow: string[];
}

/** Measures the current slide: its overflow, how full its body is and its title's size. */
export async function layoutOfCurrentSlide(page: Page, index: number): Promise<SlideLayout> {
  const measured = await page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides > section.present') as HTMLElement;
    const body = slide.querySelector('.qd-body');
    const title = slide.querySelector('.qd-title');
    // A block's height is that of what it holds, without the margin its last line keeps below it.
    const heightOf = (block: Element) => {
      const inner = [...block.querySelectorAll('*')].map((element) => element.getBoundingClientRect()).filter((rect) => rect.height > 0);
      if (!inner.length) return block.getBoundingClientRect().height;
      return Math.max(...inner.map((rect) => rect.bottom)) - Math.min(...inner.map((rect) => rect.top));
    };
    const heights = body ? [...body.children].map(heightOf) : [];
    return {
      template: slide.getAttribute('data-template'),
      title: title?.textContent?.trim() ?? null,
      titleSize: title ? parseFloat(getComputedStyle(title).fontSize) : null,
      fill: body ? heights.reduce((sum, height) => sum + height, 0) / body.getBoundingClientRect().height : null,
    };
  });
  return { index, ...measured, overflow: await overflowOnCurrentSlide(page) };
}

/** Measures every slide of the deck open in the page, in order. */
export async function layoutOfEverySlide(page: Page): Promise<SlideLayout[]> {
  const found: SlideLayout[] = [];
  const total = await slideTotal(page);
  for (let index = 0; index < total; index++) {
    await goToSlide(page, index);
    found.push(await layoutOfCurrentSlide(page, index));
  }
  return found;
}
