import { describe, expect, it } from 'vitest';
import type { IrDocument } from '../../../src/model/ir/index.ts';
import { loadIij } from './load-iij.ts';

// Corrected readings of issue 10, section 1: each value as the data now holds it, and the sentences
// around a corrected figure saying the same as the figure.
const docs = new Map(loadIij().flatMap((f) => (f.doc ? [[f.file, f.doc] as const] : [])));
const doc = <K extends IrDocument['kind']>(file: string, kind: K) => {
  const d = docs.get(file);
  if (d?.kind !== kind) throw new Error(`${file} is not a ${kind} document`);
  return d as Extract<IrDocument, { kind: K }>;
};

function bulletTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(bulletTexts);
  if (!value || typeof value !== 'object') return [];
  const b = value as { text?: unknown; children?: unknown };
  return [...(typeof b.text === 'string' ? [b.text] : []), ...bulletTexts(b.children)];
}
const bulletsOf = (file: string) => bulletTexts(doc(file, 'highlights').bullets);
const rowOf = (file: string, metric: string) => {
  const d = docs.get(file) as { rows?: { metric: string }[] } | undefined;
  return d?.rows?.find((r) => r.metric === metric) as
    | { label: string; note?: string; values: Record<string, { value: number; text?: string; flag?: string; note?: string; decimals?: number }> }
    | undefined;
};

describe('corrected readings in data/iij', () => {
  it('reads the 3Q FY2008 operating-income QoQ as up 41.2%, keeping the text\'s "-41.2" and a note', () => {
    const qoq = doc('2009-02-operating-net-income.yaml', 'statements').stated!.find((s) => s.derived === 'qoq' && s.of === 'operating-income')!;
    expect([qoq.value, qoq.text]).toEqual([41.2, '-41.2']);
    expect(qoq.note).toMatch(/1,844.*594.*up 41\.2%/s);
    expect(bulletsOf('2009-02-income-highlights.yaml')).toContain('Operating Income : Down 26.2% YoY, Up 41.2% QoQ');
  });

  it('keeps the forecast\'s (41.2%): a YoY of the FY2008 target against FY2007, not the QoQ', () => {
    const row = rowOf('2009-02-forecast.yaml', 'operating-income') as unknown as { stated: { derived: string; value: number }[] };
    expect(row.stated.find((s) => s.derived === 'yoy')!.value).toBe(-41.2);
  });

  it('corrects the sentences around corrected figures', () => {
    expect(bulletsOf('2008-06-si-highlights.yaml')).toContain('Gross margin : 24.9% in FY07, up 2.0 points YoY.');
    expect(bulletsOf('2012-05-revenues-highlights.yaml')).toContain(
      '4Q11 IIJ-Global revenues: JPY6,676 million (mostly WAN services revenues, partly SI)',
    );
  });

  it('no highlights sentence still carries the wording a correction replaced', () => {
    const corrected: { file: string; text: string }[] = [];
    const walk = (file: string, v: unknown): void => {
      if (Array.isArray(v)) return v.forEach((x) => walk(file, x));
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      // a figure's text that is words, not just a number, is a sentence a slide may repeat
      if (typeof o.text === 'string' && typeof o.note === 'string' && 'value' in o && /[a-z]{3}/i.test(o.text)) {
        corrected.push({ file, text: o.text });
      }
      Object.values(o).forEach((x) => walk(file, x));
    };
    for (const [file, d] of docs) if (d.kind !== 'highlights') walk(file, d);
    expect(corrected.length).toBeGreaterThan(5);
    const stale = [...docs]
      .filter(([, d]) => d.kind === 'highlights')
      .flatMap(([file, d]) => bulletTexts((d as { bullets: unknown }).bullets).map((b) => ({ file, b })))
      .flatMap(({ file, b }) => corrected.filter((c) => b.includes(c.text)).map((c) => `${file}: "${b}" (corrected in ${c.file})`));
    expect(stale).toEqual([]);
  });

  it('dates every press release, the merged LaIT cell included, and keeps the date as printed', () => {
    for (const file of ['2008-06-press-releases.yaml', '2009-02-press-releases.yaml', '2009-08-press-releases.yaml']) {
      const undated = doc(file, 'press-releases').releases.filter((r) => !r.date || !r.printed);
      expect(undated, file).toEqual([]);
    }
    const laIT = doc('2009-08-press-releases.yaml', 'press-releases').releases.find((r) => r.title === 'IIJ Launches LaIT for SMEs')!;
    expect([laIT.date, laIT.printed]).toEqual(['2009-07-01', '7/1']);
    expect(laIT.note).toMatch(/merged/);
    const printed = (file: string) => doc(file, 'press-releases').releases.map((r) => r.printed);
    expect(printed('2008-06-press-releases.yaml')[0]).toBe('Apr 2, 2007');
    expect(printed('2009-02-press-releases.yaml')).toContain('2009/1/7');
    expect(printed('2009-02-press-releases.yaml')[0]).toBe('10/1');
  });

  it('keeps the printed precision of NTTCom\'s 5.0%', () => {
    const holder = doc('2008-06-company-profile.yaml', 'company-profile').shareholders.find((s) => s.name === 'NTTCom')!;
    expect([holder.share.value, holder.share.decimals]).toEqual([5, 1]);
  });

  it('labels the 3Q equity-method row the way its signs read: income, brackets for a loss', () => {
    const row = rowOf('2009-02-below-operating-income.yaml', 'equity-method-income')!;
    expect(row.label).toBe('Equity in net income (loss) of equity method investees');
    expect(row.note).toMatch(/net loss \(income\)/);
    expect([row.values['3Q08']!.value, row.values['2Q08']!.value]).toEqual([-44, 17]);
  });

  it('places the 1Q FY2009 SG&A components the slide\'s own changes pin down, and no others', () => {
    const values = (metric: string) => Object.fromEntries(Object.entries(rowOf('2009-08-sga-quarterly.yaml', metric)!.values).map(([k, f]) => [k, f.value]));
    expect(values('rd')).toEqual({ '1Q08': 59, '4Q08': 199, '1Q09': 77 });
    expect(values('sga.general-admin')).toEqual({ '1Q08': 1383, '4Q08': 1654, '1Q09': 1245 });
    expect(values('sga.sales-marketing')).toEqual({ '1Q08': 1173, '1Q09': 1325 });
  });

  it('settles the June 2008 financing cash flow as an outflow of 1,152, no longer flagged', () => {
    const row = rowOf('2008-06-cash-flow.yaml', 'cash-flow.financing')!;
    const f = row.values.FY07!;
    expect([row.label, f.value, f.flag]).toEqual(['Net cash used in financing activities', -1152, undefined]);
    expect(f.text).toMatch(/provided/);
    // the balance sheet's cash change: 13,555 + 4,538 - 5,444 - 1,152 is 26 from 11,471
    expect(Math.abs(13555 + 4538 - 5444 + f.value - 11471)).toBe(26);
  });

  it('titles no slide "(title lost)"', () => {
    const titles = [...docs.values()].flatMap((d) => (d.kind === 'slide-inventory' ? d.slides.map((s) => s.title) : []));
    expect(titles.filter((t) => /title lost/i.test(t))).toEqual([]);
    expect(titles).toContain('III-4. FY2012 Target');
  });
});
