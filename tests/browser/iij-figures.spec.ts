import { expect, test, type Page } from '@playwright/test';
import { sitePort } from '../../playwright.config.ts';
import { revealReady } from './slide-checks.ts';

const site = `http://localhost:${sitePort}`;
const decks = ['iij-fy2007-investor-presentation', 'iij-3q-fy2008-results', 'iij-1q-fy2009-results', 'iij-fy2011-investor-presentation'];

/** Opens a deck on the first slide of `template` whose title contains `title`; returns its index. */
async function openSlide(page: Page, id: string, template: string, title: string, edition: 'audience' | 'review' = 'audience') {
  const base = `${site}/${id}/${edition === 'review' ? 'review/' : ''}`;
  await page.goto(`${base}#/0`);
  await revealReady(page);
  const index = await page.evaluate(
    ([template, title]) =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex(
        (s) => s.getAttribute('data-template') === template && (s.querySelector('h2')?.textContent ?? '').includes(title!),
      ),
    [template, title],
  );
  expect(index, `${template} "${title}" in ${id}`).toBeGreaterThanOrEqual(0);
  await page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), index);
  return page.locator('.reveal .slides > section.present');
}

for (const id of decks) {
  test(`${id}: the audience edition underlines no figure; the review edition marks its corrections`, async ({ page }) => {
    const underlined = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides .qd-figure')].filter((el) => {
          const style = getComputedStyle(el);
          return style.textDecorationLine.includes('underline') && ['dotted', 'wavy'].includes(style.textDecorationStyle);
        }).length,
      );
    await page.goto(`${site}/${id}/#/0`);
    await revealReady(page);
    expect(await underlined()).toBe(0);
    await page.goto(`${site}/${id}/review/#/0`);
    await revealReady(page);
    expect(await underlined()).toBeGreaterThan(0);
  });
}

test('the FY2007 results table marks the % of revenues the seed does not print, in both editions, and prints the stated ones', async ({ page }) => {
  for (const edition of ['audience', 'review'] as const) {
    const slide = await openSlide(page, decks[0]!, 'financial-table', 'Consolidated Financial Results for FY2007', edition);
    // FY07: operating margin 7.1% and SG&A 13.8% are stated elsewhere; the other four and all six of FY06 are computed.
    await expect(slide.locator('td.qd-unstated')).toHaveCount(10);
    await expect(slide.locator('.qd-unstated-mark').first()).toBeVisible();
    await expect(slide.locator('.qd-table-legend')).toHaveText('* Computed from the figures; not printed in the source.');
    const operating = slide.locator('tr[data-metric="operating-income"] td.qd-cell-percent-of-revenue');
    await expect(operating.first()).toHaveText('7.1%');
    expect(await operating.first().evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
    expect(await slide.locator('td.qd-unstated').first().evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
  }
});

test('a period heading breaks before its bracket, never inside it', async ({ page }) => {
  const slide = await openSlide(page, decks[0]!, 'financial-table', 'Consolidated Financial Results for FY2007');
  const spans = slide.locator('thead .qd-nowrap');
  await expect(spans.first()).toHaveText('(07/4 ~ 08/3)');
  for (const box of await spans.evaluateAll((els) => els.map((el) => el.getClientRects().length))) expect(box).toBe(1);
});

test('KPI cards sit in one row with their figures on one baseline, the FY2012 targets beside the results', async ({ page }) => {
  const slide = await openSlide(page, decks[3]!, 'kpi-summary', 'Summary of FY2011');
  const cards = slide.locator('.qd-kpi');
  await expect(cards).toHaveCount(5);
  const tops = await cards.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const bottoms = await slide.locator('.qd-kpi-value').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().bottom)));
  expect(new Set(bottoms).size).toBe(1);
  await expect(slide.locator('.qd-kpi-target')).toHaveCount(4);
  await expect(slide.locator('.qd-kpi-target-value').first()).toHaveText('107');
  // The FY2007 summary shows the seed's operating margin, not net income.
  const fy2007 = await openSlide(page, decks[0]!, 'kpi-summary', 'Summary of FY2007');
  await expect(fy2007.locator('.qd-kpi-label')).toHaveText(['Total Revenues', 'Operating Income', 'Operating Margin Ratio']);
  await expect(fy2007.locator('.qd-kpi-value')).toHaveText(['66.8', '4.8', '7.1%']);
  await expect(fy2007.locator('.qd-kpi-change').nth(2)).toHaveText(/up\s*1\.0 pt\s*YoY/);
});

test('the two FY2007 press-release pages share one layout and one date column width', async ({ page }) => {
  const layout = async (title: string) => {
    const slide = await openSlide(page, decks[0]!, 'press-releases', title);
    return {
      columns: await slide.locator('.qd-releases').getAttribute('class'),
      widths: new Set(await slide.locator('.qd-release-date').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)))),
      first: await slide.locator('.qd-release-date').first().textContent(),
    };
  };
  const first = await layout('(1/2)');
  const second = await layout('(2/2)');
  expect(first.columns).toBe(second.columns);
  expect([first.widths.size, second.widths.size]).toEqual([1, 1]);
  expect([...first.widths]).toEqual([...second.widths]);
  expect([first.first, second.first]).toEqual(['Apr 2, 2007', 'Oct 1, 2007']);
});

test('group companies print n/s with one footnote where no seed states the ownership, never a dash', async ({ page }) => {
  const slide = await openSlide(page, decks[0]!, 'group-companies', '(1/3)');
  await expect(slide.locator('td.qd-cell .qd-not-stated')).toHaveCount(4);
  await expect(slide.locator('td.qd-cell', { hasText: /^\s*–\s*$/ })).toHaveCount(0);
  await expect(slide.locator('.qd-footnote')).toHaveText('n/s: not stated in the source.');
});
