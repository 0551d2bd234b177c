import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { sitePort } from '../../playwright.config.ts';
import { correctedReadings } from '../../src/model/ir/corrected-readings.ts';
import { DataStore } from '../../src/load/data-store.ts';
import { loadDataFiles } from '../../src/load/data-files.ts';
import { displayTitle } from '../../src/model/display-title.ts';
import { revealReady } from './slide-checks.ts';

const site = `http://localhost:${sitePort}`;

/** Each IIJ deck and the slide inventory of its seed, which lists every slide in order. */
const decks = [
  { id: 'iij-fy2007-investor-presentation', inventory: 'data/iij/2008-06-slides.yaml' },
  { id: 'iij-3q-fy2008-results', inventory: 'data/iij/2009-02-slides.yaml' },
  { id: 'iij-1q-fy2009-results', inventory: 'data/iij/2009-08-slides.yaml' },
  { id: 'iij-fy2011-investor-presentation', inventory: 'data/iij/2012-05-slides.yaml' },
];
const seedSlides = (inventory: string) => (parse(readFileSync(inventory, 'utf8')) as { slides: { title: string }[] }).slides;

/** The audience edition at /<id>/ (what investors get), the review edition at /<id>/review/ (the audit trail). */
async function open(page: Page, id: string, slide = 0, edition: 'audience' | 'review' = 'audience'): Promise<void> {
  await page.goto(`${site}/${id}/${edition === 'review' ? 'review/' : ''}#/${slide}`);
  await revealReady(page);
}

test('the deck list shows the four IIJ decks with stable links', async ({ page }) => {
  await page.goto(`${site}/`);
  for (const { id } of decks) {
    await expect(page.locator(`a[href="./${id}/"]`)).toBeVisible();
    await expect(page.locator(`a[href="./${id}/review/"]`)).toContainText('Review edition');
  }
  expect(readdirSync('decks').filter((file) => file.endsWith('.yaml')).sort()).toEqual(decks.map(({ id }) => `${id}.yaml`).sort());
});

for (const { id, inventory } of decks) {
  test.describe(id, () => {
    test('has every slide of its seed, in order, then the appendix, in the review edition', async ({ page }) => {
      await open(page, id, 0, 'review');
      const slides = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
        sections.map((s) => ({ template: s.getAttribute('data-template'), title: s.querySelector('.qd-title')?.textContent?.trim() ?? null })),
      );
      const appendix = slides.filter((slide) => slide.template === 'corrections').length;
      expect(appendix).toBeGreaterThan(0);
      expect(slides.slice(-appendix).every((slide) => slide.template === 'corrections')).toBe(true);
      // A seed slide too long for one slide goes on several titled "… (1/2)", "… (2/2)", or "… (continued)"
      // after a slide that keeps its seed title.
      const titles = slides.slice(0, -appendix).map((slide) => slide.title?.replace(/ \((\d+\/\d+|continued)\)$/, '') ?? null);
      const seedOrder = titles.filter((title, index) => index === 0 || title === null || title !== titles[index - 1]);
      const seed = seedSlides(inventory).map((slide) => slide.title);
      expect(seedOrder).toHaveLength(seed.length);
      // The cover slide shows the deck's own title; every other slide shows its seed title, as a
      // display title (layout.spec.ts checks that nothing overflows).
      expect(seedOrder.slice(1)).toEqual(seed.slice(1).map(displayTitle));
    });

    test('its review appendix lists every corrected reading of its data', async ({ page }) => {
      await open(page, id, 0, 'review');
      const prefix = inventory.replace(/^data\/iij\/(.*)-slides\.yaml$/, '$1');
      const root = process.cwd();
      const { documents } = await loadDataFiles(root, new DataStore(root));
      const expected = correctedReadings(documents.filter(({ file }) => file.startsWith(`data/iij/${prefix}-`)).map(({ file, doc }) => ({ file, doc })));
      expect(expected.length).toBeGreaterThan(0);
      await expect(page.locator('li.qd-correction')).toHaveCount(expected.length);
    });

    test('every chart slide is a <figure> with its figures as an accessible table', async ({ page }) => {
      await open(page, id, 0, 'review');
      const charts = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
        sections.flatMap((section, index) =>
          section.querySelector('svg.qd-chart')
            ? [{
                index,
                inFigure: section.querySelectorAll('svg.qd-chart').length === section.querySelectorAll('figure.qd-chart-figure svg.qd-chart').length,
                caption: section.querySelector('figure.qd-chart-figure table')?.getAttribute('aria-label') ?? '',
                rows: section.querySelectorAll('figure.qd-chart-figure table tbody tr').length,
                labels: section.querySelectorAll('svg.qd-chart .qd-value-label').length,
              }]
            : [],
        ),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart, `#/${chart.index}`).toMatchObject({ inFigure: true });
        expect(chart.caption.length, `#/${chart.index} caption`).toBeGreaterThan(0);
        expect(chart.rows, `#/${chart.index} rows`).toBeGreaterThan(0);
        await open(page, id, chart.index, 'review');
        // Visually hidden, but in the accessibility tree as a table named like the chart.
        await expect(page.locator('section.present').getByRole('table', { name: chart.caption })).toHaveCount(1);
      }
    });

    test('any slide can be linked with #/n', async ({ page }) => {
      await open(page, id, 3);
      expect(await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(3);
    });
  });
}

test('a figure shows its seed file and slide on hover and on keyboard focus in the review edition', async ({ page }) => {
  await open(page, decks[0]!.id, 0, 'review');
  const figure = page.locator('.qd-figure[data-source]').first();
  await expect(figure).toBeAttached();
  const index = await figure.evaluate((element) => [...document.querySelectorAll('.reveal .slides > section')].indexOf(element.closest('section')!));
  await open(page, decks[0]!.id, index, 'review');
  const visible = page.locator('section.present .qd-figure[data-source]').first();
  expect(await visible.getAttribute('title')).toMatch(/^Source: 000_9e66fd0b7d2bdcb7\.txt, slide "/);
  await visible.focus();
  await expect(visible).toBeFocused();
});

test('a chart figure shows its source in a popup on keyboard focus, in both editions', async ({ page }) => {
  const { id } = decks[3]!;
  for (const [edition, source] of [['review', /^Source: 003_a39806593d36b16b\.txt, slide "/], ['audience', /^Source: IIJ /]] as const) {
    await open(page, id, 0, edition);
    // A label inside a fragment not yet shown is hidden, so take one of a chart that builds all at once.
    const index = await page.evaluate(() => {
      const label = [...document.querySelectorAll('svg.qd-chart .qd-figure')].find((element) => !element.closest('.fragment'));
      return [...document.querySelectorAll('.reveal .slides > section')].indexOf(label!.closest('section')!);
    });
    await open(page, id, index, edition);
    const label = page.locator('section.present svg.qd-chart .qd-figure:not(.fragment .qd-figure)').first();
    await label.focus();
    await expect(label).toBeFocused();
    const popup = page.locator('section.present .qd-figure-popup');
    await expect(popup).toBeVisible();
    await expect(popup).toHaveText(source);
    // It sits inside the slide, under its label.
    const [box, labelBox] = [await popup.boundingBox(), await label.boundingBox()];
    expect(box!.y).toBeGreaterThan(labelBox!.y);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await expect(popup).toHaveCount(0);
  }
});

test('the audience and the review edition of one deck differ by the review material only', async ({ page }) => {
  const { id } = decks[0]!;
  const shape = () =>
    page.evaluate(() => ({
      templates: [...document.querySelectorAll('.reveal .slides > section')].map((section) => section.getAttribute('data-template')),
      corrected: document.querySelectorAll('.qd-corrected').length,
      seedSources: document.querySelectorAll('[data-source]').length,
      badge: document.querySelector('.qd-edition-badge')?.textContent ?? null,
      total: (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
    }));
  await open(page, id, 0, 'review');
  const review = await shape();
  await open(page, id);
  const audience = await shape();

  const appendix = review.templates.filter((template) => template === 'corrections').length;
  const omitted = review.templates.length - appendix - audience.templates.length;
  expect(appendix).toBeGreaterThan(0);
  expect(omitted).toBeGreaterThan(0);
  expect(audience.templates).not.toContain('corrections');
  // The slide numbers count the edition's own slides.
  expect([audience.total, review.total]).toEqual([audience.templates.length, review.templates.length]);
  expect(audience.corrected).toBe(0);
  expect(review.corrected).toBeGreaterThan(0);
  expect(audience.seedSources).toBe(0);
  expect(review.seedSources).toBeGreaterThan(0);
  expect([audience.badge, review.badge]).toEqual([null, 'Review edition']);

  // The popup on a figure: the investor citation in the audience edition, the seed in the review.
  const popupOf = async (edition: 'audience' | 'review') => {
    await open(page, id, 0, edition);
    const index = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((section) => section.getAttribute('data-template') === 'kpi-summary'),
    );
    await open(page, id, index, edition);
    const figure = page.locator('section.present .qd-figure[title]').first();
    await figure.focus();
    await expect(figure).toBeFocused();
    return figure.getAttribute('title');
  };
  expect(await popupOf('audience')).toMatch(/^Source: IIJ investor presentation, FY2007 results, June 2008, p\. \d+$/);
  expect(await popupOf('review')).toMatch(/^Source: 000_9e66fd0b7d2bdcb7\.txt, slide "/);
});

test('Japanese and Latin text render in the fonts the deck carries, not whatever the machine has', async ({ page }) => {
  await open(page, decks[0]!.id);
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].findIndex((section) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(section.textContent ?? '')),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  await open(page, decks[0]!.id, index);
  await page.evaluate(() => document.fonts.ready);
  // Ask Chromium which fonts it drew each text node with; a web font is a "custom" font.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'section.present *' });
  const used = { japanese: new Set<string>(), latin: new Set<string>() };
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1 });
    const text = (node.children ?? []).filter((child) => child.nodeType === 3).map((child) => child.nodeValue).join('');
    const script = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'japanese' : /[A-Za-z]/.test(text) ? 'latin' : undefined;
    if (!script) continue;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) used[script].add(`${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
  }
  // A variable font reports the name of its default instance, such as "Noto Sans JP Thin".
  expect([...used.japanese].some((family) => family.startsWith('Noto Sans JP')), [...used.japanese].join(', ')).toBe(true);
  expect([...used.latin].some((family) => family.startsWith('Inter')), [...used.latin].join(', ')).toBe(true);
  expect([...used.japanese, ...used.latin].filter((family) => family.endsWith('(system)')), 'system fonts used').toEqual([]);
});
