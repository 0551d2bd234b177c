import { describe, expect, it } from 'vitest';
import type { Bullet } from '../../../src/model/ir/highlights.ts';
import { loadIij } from './load-iij.ts';

// Footnotes and chart legends are captions at the foot of a slide, not bullets louder than its points.
const highlights = loadIij().flatMap(({ file, doc }) => (doc?.kind === 'highlights' ? [{ file, doc }] : []));
const texts = (bullets: Bullet[]): string[] => bullets.flatMap((b) => [b.text, ...texts(b.children ?? [])]);
// A chart legend read as a bullet: a segment's bare name over one line saying what it holds.
// A segment named over several points (II-10's "SI") is a heading, and stays.
const isLegend = (b: Bullet) => /^(SI|Connectivity and (VAS|Outsourcing Services))$/.test(b.text) && (b.children ?? []).length <= 1;
const footnoteText = (f: string | { text: string }) => (typeof f === 'string' ? f : f.text);

describe('footnotes in data/iij highlights', () => {
  it('no bullet is a footnote ("YoY = …", "(*) …") or a bare chart legend', () => {
    const found = highlights.flatMap(({ file, doc }) =>
      [...texts(doc.bullets).filter((text) => /^(YoY|QoQ) =|^\(\*\)/.test(text)), ...doc.bullets.filter(isLegend).map((b) => b.text)].map(
        (text) => `${file}: ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('each footnote is one definition a line', () => {
    const footnotes = highlights.flatMap(({ doc }) => (doc.footnotes ?? []).map(footnoteText));
    expect(footnotes).toContain('YoY = 3Q08 compared to 3Q07');
    expect(footnotes).toContain('QoQ = 1Q09 compared to 4Q08');
    expect(footnotes.some((text) => text.startsWith('(*) The figures used for the explanation of the ATM operation business'))).toBe(true);
    expect(footnotes.filter((text) => /YoY = .*QoQ =/.test(text))).toEqual([]);
  });

  it('keeps the chart legends of the cost slides, as captions', () => {
    const legends = (file: string) => (highlights.find((h) => h.file === file)?.doc.footnotes ?? []).map(footnoteText);
    expect(legends('2008-06-gross-margin-highlights.yaml')).toEqual([
      'SI: Personnel related costs, outsourcing costs and purchase etc.',
      expect.stringMatching(/^Connectivity and VAS: Network costs such as backbone costs/),
    ]);
    expect(legends('2009-02-costs-highlights.yaml')).toHaveLength(4);
  });
});
