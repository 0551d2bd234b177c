import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeNames } from '../../src/model/deck.ts';
import { SERIES_COLORS, seriesColor } from '../../src/templates/parts/palette.ts';
import { geometryProperties } from '../../src/templates/parts/slide-geometry.ts';
import { templateFiles } from '../helpers/template-sources.ts';

const CLIENT = join(import.meta.dirname, '../../src/client');

/** The custom properties a stylesheet under src/client declares. */
const declared = (file: string) => new Set([...readFileSync(join(CLIENT, file), 'utf8').matchAll(/(--qd-[\w-]+)\s*:/g)].map((m) => m[1]));

/** Every --qd-* property the templates read, the series colours that seriesColor names included. */
function usedByTemplates(): Set<string> {
  const used = new Set<string>();
  for (const file of templateFiles()) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\(\s*(--qd-[\w-]+)\s*[,)]/g)) used.add(name!);
  }
  for (let n = 1; n <= SERIES_COLORS; n++) used.add(`--qd-series-${n}`);
  return used;
}

// The page declares the geometry (slide-geometry.ts) and fonts.css the typography, the same for
// every theme; the rest is the palette, which each theme declares in full.
const typography = declared('fonts.css');
const palette = [...usedByTemplates()].filter((name) => !(name in geometryProperties) && !typography.has(name)).sort();

describe('theme palettes', () => {
  it('the templates read the palette and the geometry only through known properties', () => {
    expect(palette).toEqual(expect.arrayContaining(['--qd-accent', '--qd-text', '--qd-series-6']));
    const geometry = [...usedByTemplates()].filter((name) => /^--qd-(slide|body|title-band)/.test(name));
    expect(geometry.filter((name) => !(name in geometryProperties))).toEqual([]);
  });

  it('fonts.css declares the font every template reads', () => {
    expect([...usedByTemplates()].filter((name) => name.includes('font'))).toEqual(['--qd-font']);
    expect(typography.has('--qd-font')).toBe(true);
  });

  it.each(themeNames)('the %s theme declares every colour the templates use', (theme) => {
    const own = declared(`themes/${theme}.css`);
    expect(palette.filter((name) => !own.has(name))).toEqual([]);
  });
});

/** The hue (0–360) of a #rrggbb colour, and whether it is saturated enough for the hue to show. */
function hue(hex: string): { hue: number; chroma: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma === 0) return { hue: 0, chroma };
  const h = max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return { hue: (h * 60 + 360) % 360, chroma };
}

const colourOf = (file: string, name: string) =>
  new RegExp(`${name}\\s*:\\s*(#[0-9a-fA-F]{6})`).exec(readFileSync(join(CLIENT, file), 'utf8'))?.[1];

// Red means a figure below zero, in tables and charts alike: a series drawn in red would read as a loss.
describe('series colours and the negative colour', () => {
  it.each(themeNames)('no series colour of the %s theme is the negative colour or a red near it', (theme) => {
    const file = `themes/${theme}.css`;
    const negative = colourOf(file, '--qd-negative');
    expect(negative).toBeDefined();
    const red = hue(negative!);
    for (let n = 1; n <= SERIES_COLORS; n++) {
      const colour = colourOf(file, `--qd-series-${n}`);
      expect(colour, `--qd-series-${n}`).toBeDefined();
      expect(colour!.toLowerCase(), `--qd-series-${n}`).not.toBe(negative!.toLowerCase());
      const own = hue(colour!);
      const apart = Math.min(Math.abs(own.hue - red.hue), 360 - Math.abs(own.hue - red.hue));
      if (own.chroma > 0.25) expect(apart, `--qd-series-${n} ${colour} against ${negative}`).toBeGreaterThan(25);
    }
  });

  it('seriesColor never names the negative colour', () => {
    for (let i = -SERIES_COLORS; i < SERIES_COLORS * 2; i++) expect(seriesColor(i)).toMatch(/^var\(--qd-series-[1-6]\)$/);
  });
});
