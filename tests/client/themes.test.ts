import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeNames } from '../../src/model/deck.ts';
import { SERIES_COLORS } from '../../src/templates/parts/palette.ts';
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
