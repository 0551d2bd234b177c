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
