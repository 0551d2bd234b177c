import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.ts';

// The corrected readings of issue 10, section 1, as an audience sees them: on the slides themselves,
// not in a hover note, the speaker notes or the corrections appendix.
const slidesText: Record<string, string> = {};

beforeAll(async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'qd-iij-')), 'dist');
  const result = await build({ root: '.', out });
  for (const deck of result.decks) {
    const html = await readFile(path.join(out, deck.id, 'index.html'), 'utf8');
    slidesText[deck.id] = html
      .split('<section class="qd-slide"')
      .slice(1)
      .filter((slide) => !slide.includes('data-template="corrections"'))
      .map((slide) => slide.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/\s[\w-]+="[^"]*"/g, ''))
      .join('\n');
  }
}, 120_000);

const deck = (id: string) => slidesText[`iij-${id}`]!;

describe('the IIJ decks as built', () => {
  it.each([
    ['3q-fy2008-results', 'Operating Income : Down 26.2% YoY, Up 41.2% QoQ', 'Down 41.2% QoQ'],
    ['fy2007-investor-presentation', 'Gross margin : 24.9% in FY07, up 2.0 points YoY.', 'up 2.0% YoY'],
    ['fy2011-investor-presentation', '4Q11 IIJ-Global revenues: JPY6,676 million', 'IIJ-Global operating Income'],
    ['3q-fy2008-results', 'others : JPY602 million', 'others : JPY602<'],
    ['3q-fy2008-results', 'Equity in net income (loss) of equity method investees', 'Equity in net loss (income)'],
    ['fy2007-investor-presentation', 'Net cash used in financing activities', 'Net cash provided by financing activities'],
    ['fy2011-investor-presentation', 'III-4. FY2012 Target', '(title lost)'],
  ])('%s shows "%s", not "%s"', (id, shown, gone) => {
    expect(deck(id)).toContain(shown);
    expect(deck(id)).not.toContain(gone);
  });

  it('prints NTTCom\'s share as 5.0%, the financing outflow in brackets and the LaIT release dated', () => {
    expect(deck('fy2007-investor-presentation')).toMatch(/NTTCom<\/span>\s*<span>5\.0%</);
    expect(deck('fy2007-investor-presentation')).toMatch(/Net cash used in financing activities[\s\S]{0,400}?\(1,152\)/);
    // Dated as the seed prints its dates (printed: "7/1"), from the merged cell above it.
    expect(deck('1q-fy2009-results')).toMatch(/<span>7\/1<\/span>\s*<span>IIJ Launches LaIT for SMEs/);
  });
});
