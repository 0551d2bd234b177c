import { expect, test } from '@playwright/test';
import { templatesPort } from '../../playwright.config.ts';
import { templateSchemas } from '../../src/model/slides/index.ts';
import { revealReady } from './slide-checks.ts';

// One slide of each template, compared with a golden image committed after it was looked at. The
// slides come from tests/fixtures/templates, whose data is its own: an edit to the IIJ decks or
// data/iij never changes a template's screenshot. The review edition has every slide (the corrections
// appendix and not-in-source boxes are review-only); tests/browser/iij-decks.spec.ts compares editions.
const deck = `http://localhost:${templatesPort}/templates/review/`;
let templates: string[] = [];

test.beforeAll(async ({ request }) => {
  const html = await (await request.get(deck)).text();
  templates = [...html.matchAll(/<section class="qd-slide" data-template="([^"]+)"/g)].map((match) => match[1]!);
});

test('the template fixture deck has one slide of every template', () => {
  expect([...templates].sort()).toEqual(Object.keys(templateSchemas).sort());
});

for (const template of Object.keys(templateSchemas)) {
  test(`the ${template} template looks as approved`, async ({ page }) => {
    const index = templates.indexOf(template);
    expect(index, `tests/fixtures/templates/decks/templates.yaml has no ${template} slide`).toBeGreaterThanOrEqual(0);
    await page.goto(`${deck}#/${index}`);
    await revealReady(page);
    await page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: { nextFragment(): boolean; configure(o: object): void } }).Reveal;
      reveal.configure({ controls: false, progress: false, slideNumber: false });
      while (reveal.nextFragment()) {}
    });
    await page.mouse.move(0, 0);
    await expect(page).toHaveScreenshot(`template-${template}.png`, { animations: 'disabled' });
  });
}
