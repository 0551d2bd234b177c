import { expect, test } from '@playwright/test';
import { fixturePort, sitePort } from '../../playwright.config.ts';
import { templateSchemas } from '../../src/model/slides/index.ts';
import { revealReady } from './slide-checks.ts';

// One slide of each template, compared with a golden image committed after it was looked at.
// The first slide that uses the template, in the IIJ decks and then in the fixture deck.
const sites = [`http://localhost:${sitePort}`, `http://localhost:${fixturePort}`];

for (const template of Object.keys(templateSchemas)) {
  test(`the ${template} template looks as approved`, async ({ page }) => {
    const found = await findSlide(page, template);
    expect(found, `no deck uses the ${template} template`).toBeDefined();
    await page.goto(`${found!.url}#/${found!.index}`);
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

async function findSlide(page: import('@playwright/test').Page, template: string) {
  for (const site of sites) {
    await page.goto(`${site}/`);
    const links = await page.locator('a[href^="./"]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const url of links) {
      const html = await (await page.request.get(url)).text();
      const sections = [...html.matchAll(/<section class="qd-slide" data-template="([^"]+)"/g)].map((match) => match[1]);
      const index = sections.indexOf(template);
      if (index >= 0) return { url, index };
    }
  }
  return undefined;
}
