import { expect, test, type Page } from '@playwright/test';
import { fixturePort, sitePort, templatesPort } from '../../playwright.config.ts';
import { layoutOfEverySlide, revealReady, type SlideLayout } from './slide-checks.ts';

// The layout check: every slide of both editions of every deck, measured in Chromium at 1280×720.
// Overflow fails; a body less than `sparse` full is listed as a warning in the test output, since
// some slides are short by nature (a contact card, one statement); half-empty "(1/2)" / "(2/2)"
// pairs of bullet slides, which should be one slide, fail, and so does a bullet or text slide whose
// content runs past the foot of its body (a table or chart that does is listed).
const sparse = 0.4;

const sites = [
  { port: sitePort, decks: ['iij-fy2007-investor-presentation', 'iij-3q-fy2008-results', 'iij-1q-fy2009-results', 'iij-fy2011-investor-presentation'] },
  { port: fixturePort, decks: ['quarterly', 'bridge', 'escaping', 'images'] },
  { port: templatesPort, decks: ['templates'] },
];

async function open(page: Page, port: number, id: string, edition: 'audience' | 'review'): Promise<void> {
  await page.goto(`http://localhost:${port}/${id}/${edition === 'review' ? 'review/' : ''}`);
  await revealReady(page);
}

const where = (edition: string, slide: SlideLayout) => `${edition} #/${slide.index} ${slide.template} "${slide.title ?? ''}"`;

/** Consecutive bullet slides of one title, "… (1/2)" and "… (2/2)", that together fill less than one body. */
function pairsThatFitOnOne(slides: SlideLayout[]): string[] {
  const base = (title: string | null) => title?.replace(/ \(\d+\/\d+\)$/, '');
  return slides.slice(1).flatMap((slide, i) => {
    const before = slides[i]!;
    const split = /\(\d+\/\d+\)$/.test(slide.title ?? '') && base(slide.title) === base(before.title);
    const bullets = slide.template === 'highlights' && before.template === 'highlights';
    const together = (slide.fill ?? 1) + (before.fill ?? 1);
    return split && bullets && together < 0.85 ? [`"${before.title}" and "${slide.title}" fill ${Math.round(together * 100)}% of one body together`] : [];
  });
}

for (const { port, decks } of sites) {
  for (const id of decks) {
    test.describe(`layout of ${id}`, () => {
      for (const edition of ['audience', 'review'] as const) {
        test(`${edition} edition: nothing overflows, one title size, no half-empty pair`, async ({ page }) => {
          await open(page, port, id, edition);
          const slides = await layoutOfEverySlide(page);
          expect(slides.length).toBeGreaterThan(0);

          const overflow = slides.flatMap((slide) => slide.overflow.map((problem) => `${where(edition, slide)}: ${problem}`));
          expect(overflow).toEqual([]);

          const sizes = new Set(slides.flatMap((slide) => (slide.titleSize === null ? [] : [slide.titleSize])));
          expect(sizes.size, `title font sizes in the deck: ${[...sizes].join(', ')}px`).toBeLessThanOrEqual(1);

          expect(pairsThatFitOnOne(slides)).toEqual([]);

          // Text runs down from the top of the body: past its foot it crowds the slide number.
          const overrun = slides.filter((slide) => slide.fill !== null && slide.fill > 1.02);
          const textOverrun = overrun.filter((slide) => slide.template === 'highlights' || slide.template === 'text');
          expect(textOverrun.map((slide) => `${where(edition, slide)} fills ${Math.round(slide.fill! * 100)}% of its body`)).toEqual([]);
          for (const slide of overrun.filter((slide) => !textOverrun.includes(slide))) {
            const description = `${id} ${where(edition, slide)} runs past its body (${Math.round(slide.fill! * 100)}%)`;
            test.info().annotations.push({ type: 'full slide', description });
            console.log(`warning: ${description}`);
          }

          const empty = slides.filter((slide) => slide.fill !== null && slide.fill < sparse);
          for (const slide of empty) {
            const description = `${id} ${where(edition, slide)} fills ${Math.round(slide.fill! * 100)}% of its body`;
            test.info().annotations.push({ type: 'sparse slide', description });
            console.log(`warning: ${description}`);
          }
        });
      }
    });
  }
}

test.describe('the slide number', () => {
  async function measure(page: Page) {
    await open(page, fixturePort, 'quarterly', 'audience');
    await page.keyboard.press('ArrowRight');
    return page.evaluate(() => {
      const number = document.querySelector('.reveal .slide-number') as HTMLElement;
      const link = number.querySelector('a') ?? number;
      const box = number.getBoundingClientRect();
      const controls = [...document.querySelectorAll('.reveal .controls button')]
        .map((button) => button.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.height > 0);
      const overlaps = controls.filter((rect) => rect.left < box.right && box.left < rect.right && rect.top < box.bottom && box.top < rect.bottom);
      return {
        text: number.textContent?.trim() ?? '',
        fontSize: parseFloat(getComputedStyle(link).fontSize),
        decoration: getComputedStyle(link).textDecorationLine,
        controls: controls.length,
        overlaps: overlaps.length,
      };
    });
  }

  test('is 18–20px at 1280×720, not underlined, and clear of the arrows', async ({ page }) => {
    const shown = await measure(page);
    expect(shown.text).toMatch(/^2\s*\/\s*\d+$/);
    expect(shown.fontSize).toBeGreaterThanOrEqual(18);
    expect(shown.fontSize).toBeLessThanOrEqual(20);
    expect(shown.decoration).toBe('none');
    expect(shown.controls).toBeGreaterThan(0);
    expect(shown.overlaps).toBe(0);
  });

  test('grows with the slide on a bigger window', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const shown = await measure(page);
    expect(shown.fontSize).toBeGreaterThanOrEqual(27);
    expect(shown.overlaps).toBe(0);
  });
});
