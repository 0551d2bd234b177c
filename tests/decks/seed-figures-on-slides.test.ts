import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';
import { explainSkippedSeeds, seedsDir, seedsMissing } from '../helpers/seeds.ts';

// Seed content that once sat only in speaker notes, or nowhere, and belongs on the slides an investor
// sees. Each row names a seed slide, the deck slides that carry it (by the start of their titles) and
// what of it they must print, spelt as the seed prints it. The audience edition is read with its
// speaker notes and hidden source lines removed, so a figure kept only in the notes fails; each string
// must also be in the seed, so a row cannot drift from what IIJ printed.

interface SeedSlide {
  /** The seed slide, as data/iij/<prefix>-slides.yaml titles it. */
  seedSlide: string;
  /** Starts of the titles of the deck slides that show it; default the seed slide's title. */
  on?: string[];
  /** Figures and sentences, as the seed prints them. */
  shows: string[];
}

const decks: Record<string, { seed: string; slides: SeedSlide[] }> = {
  'iij-fy2007-investor-presentation': {
    seed: '000_9e66fd0b7d2bdcb7.txt',
    slides: [
      {
        seedSlide: 'Summary of FY2007 Financial Results',
        shows: [
          'Total Revenues', '66.9 billion', '17.1% YoY', 'Operating Income', '4.8 billion', '36.0% YoY',
          'Operating Margin Ratio', '7.1%', '1.0 Points YoY',
          'Year end dividend from JPY750 to JPY1,000 (Annual dividend from JPY1,500 to JPY1,750)',
          'Targets dividend of JPY2,000 (Annual) for FY2008', 'increased 23.7% YoY', 'JPY0.3 billion in FY07',
        ],
      },
      {
        seedSlide: 'Consolidated Financial Results for FY2007',
        shows: [
          'Connectivity and VAS and Systems Operation continuously increased, up 17.1% YoY',
          'Weaker-than-expected revenues from Systems Construction in 4Q07',
          'Up 36.0% YoY due to growth in recurring revenues from the increase in service contracts',
          'The Growth in operating income covered the Initial Business Cost of JPY303 million.',
          'JPY 71 million in FY07, JPY1,867 million in FY06.', 'Deferred tax benefit of JPY1,653 million in FY07.',
        ],
      },
    ],
  },
  'iij-3q-fy2008-results': {
    seed: '002_e18db2df6828c544.txt',
    slides: [
      {
        seedSlide: 'II -1. Consolidated Financial Results for FY2008/1Q-3Q (cumulative)',
        shows: [
          'recurring revenues (78.8% of total revenue) continuously increased by 16.3% YoY',
          'cost from 4 new subsidiaries of JPY391 million',
          'SG&A/R&D from 4 new subsidiaries of JPY451 million',
          'operating loss from 4 new subsidiaries of JPY823 million',
          'up 0.2 points YoY, up 1.7 points QoQ',
          'losses on write-down of other investments of JPY329 million',
          'deferred tax expense of JPY972 million',
        ],
      },
      {
        seedSlide: 'II-7. Number of Employees',
        shows: ['Administration : 15.2%', '2,599', '2,605', '2,617', 'increased by 27 employees QoQ'],
      },
      {
        seedSlide: 'II -9. Steady Growth of Recurring Revenues',
        shows: [
          '% of Revenues in FY2008/1Q-3Q (cumulative)', 'Connectivity Services (Corporate Use)', '19.1%', '7.8%', '11.7%',
          'Connectivity Services (Home Use)', '9.6%', '27.6%', '8.9%', 'Outsourcing Services', '22.4%', '13.3%', '11.4%',
          'Systems Operation and Maintenance', '27.7%', '21.8%', '16.8%', 'Recurring Revenues Total', '78.8%', '16.3%', '13.0%',
          '476.6 Gbps', 'JPY3,682 million', 'JPY2,537 million',
        ],
      },
    ],
  },
  'iij-1q-fy2009-results': {
    seed: '001_c2adad7bcd31a0d2.txt',
    slides: [
      {
        seedSlide: 'II-1. Consolidated Financial Results for 1Q FY2009',
        shows: [
          'Revenue in line with original target', 'Continuous cost control',
          'Cost of ATM Operation business: 1Q09: JPY192 mil, 1Q08: JPY15 mil',
          'Operating loss of ATM operation business: 1Q09: JPY233 mil, 1Q08: 67 mil',
          'Net loss attributable to noncontrolling interests: 1Q09: JPY93 mil, 1Q08: JPY55 mil',
        ],
      },
      {
        seedSlide: 'III-1. Reference: Forecast for FY2009',
        shows: [
          'We expect Connectivity and Outsourcing service revenues to continue its steady increase',
          'We expect a decrease of approximately JPY2 billion in revenues compared to FY08',
          'We expect an increase however with a lower growth rate compared to the previous fiscal year',
          'We expected a decrease compared to the previous fiscal year to approximately JPY1 billion.',
          'We expect operating income to decrease in 1Q09 compared to 1Q08',
        ],
      },
    ],
  },
  'iij-fy2011-investor-presentation': {
    seed: '003_a39806593d36b16b.txt',
    slides: [
      {
        seedSlide: 'I. Summary of FY2011 Financial Results',
        shows: [
          'FY2012 Target', 'JPY107 billion (up 10.0% YoY)', 'JPY7.5 billion (up 18.0% YoY)', 'JPY6.9 billion (up 15.5% YoY)',
          'JPY4.0 billion (up 9.9% YoY)', 'Achieved double-digit revenue and income growth, in line with target',
          'FY2011 IIJ-Global results: revenue of JPY26.1 billion, cost of JPY20.9 billion, SG&A of JPY3.0 billion, operating income of JPY2.2 billion',
          'number of projects reached over 1,100 at 4Q11',
        ],
      },
      {
        seedSlide: 'I. Summary of FY2011 Financial Results',
        on: ['III-5. FY2012 Dividend Forecast'],
        shows: [
          'Revised FY11 year-end dividend plan to JPY1,750 from JPY1,500 per share: year total of JPY3,250',
          'Target FY2012 year total dividend of JPY3,500 (mid JPY1,750, year-end 1,750)',
        ],
      },
      {
        seedSlide: 'II-9. SG&A Expenses/R&D',
        shows: [
          '224', '777', '767', '856', '663', '754', '764', 'Amortization of customer relationships',
          '4Q11 SG&A: up JPY196 million YoY, up JPY222 million QoQ', 'FY11 Total SG&A: up JPY1,186 million from FY10',
          'Percentage of revenues was 14.0%, down 1.1 points compared to FY10',
        ],
      },
      {
        seedSlide: 'II-10. Operating Income and Net Income',
        shows: [
          'JPY6,353 million (up JPY2,212 million from FY10)', 'JPY5,976 million (up JPY2,142 million from FY10)',
          'JPY3,641 million (up JPY438 million from FY10)', 'Placed 440 ATMs as of May 15, 2012',
          'FY11 revenues: JPY1,324 million (up JPY808 million from FY10)', 'FY11 operating loss: JPY201 million (down JPY442 million from FY10)',
        ],
      },
      {
        seedSlide: 'Ⅲ-3. M&A of IIJ Global Solutions Inc. on Sep 2010',
        shows: [
          '15,094', '26,118', '12,137', '20,894', '1,767', '3,037', '1,190', '2,187', '7.9%', '8.4%',
          'Acquired IIJ-Global on Sep 2010 (100% owned subsidiary)', 'Successfully acquired 1,600 corporate clients, and 245 personnel',
          'JPY9.2 billion', 'Strong client base', 'Strong Sales Force', 'tie-ups with IBM for sales activities',
        ],
      },
      {
        seedSlide: 'III-4. FY2012 Target',
        shows: ['(from FY11: JPY3.1 billion to FY12: over JPY7.0 billion)', 'IIJ GIO turning positive', 'ATM investments may grow'],
      },
    ],
  },
};

/** Text as a reader compares it: runs of spaces as one, no space before "%". */
const words = (text: string) => text.replace(/\s+/g, ' ').replace(/ %/g, '%').trim();

/** A title as printed or as tidied for display: "II -1." and "II-1.", "Ⅲ" and "III", glyphs dropped. */
const titleKey = (title: string) =>
  title.replace(/Ⅲ/g, 'III').replace(/[※★]/g, '').replace(/\s+/g, '').toLowerCase();

const decoded = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

/** Each slide of a built deck page: its title and the text it shows, without notes or tooltips. */
function slidesOf(page: string): { title: string; text: string }[] {
  return [...page.matchAll(/<section class="qd-slide"([^>]*)>([\s\S]*?)<\/section>/g)].map(([, attributes, body]) => ({
    title: decoded(/data-title="([^"]*)"/.exec(attributes!)?.[1] ?? ''),
    text: words(decoded(body!.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, ' '))),
  }));
}

const root = path.resolve(import.meta.dirname, '../..');

explainSkippedSeeds('seed figures on the IIJ slides');
describe.skipIf(seedsMissing)('seed figures and sentences on the IIJ slides (audience edition)', () => {
  const pages = new Map<string, { title: string; text: string }[]>();

  beforeAll(async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-seed-figures-')), 'dist');
    await build({ root, out });
    for (const id of Object.keys(decks)) pages.set(id, slidesOf(await readFile(path.join(out, id, 'index.html'), 'utf8')));
  }, 300_000);

  const rows = Object.entries(decks).flatMap(([id, { seed, slides }]) => slides.map((slide) => [id, seed, slide] as const));

  it.each(rows)('%s: %s %j', (id, seed, { seedSlide, on, shows }) => {
    const seedText = words(readFileSync(path.join(seedsDir, seed), 'utf8'));
    expect(shows.filter((shown) => !seedText.includes(words(shown))), `not printed in ${seed}`).toEqual([]);
    const starts = (on ?? [seedSlide]).map(titleKey);
    const carrying = pages.get(id)!.filter(({ title }) => starts.some((start) => titleKey(title).startsWith(start)));
    expect(carrying.length, `no slide of ${id} is titled ${(on ?? [seedSlide]).join(' or ')}`).toBeGreaterThan(0);
    const text = carrying.map((slide) => slide.text).join(' | ');
    expect(shows.filter((shown) => !text.includes(words(shown)))).toEqual([]);
  });
});
