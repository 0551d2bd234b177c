import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY, BODY_GAP, geometryCss, geometryProperties, SLIDE, TITLE_BAND } from '../../../src/templates/parts/slide-geometry.ts';

const SRC = join(import.meta.dirname, '../../../src');

describe('slide geometry', () => {
  it('geometryCss declares every property on :root with its pixels', () => {
    expect(geometryCss).toMatch(/^:root \{ [^}]* \} /);
    for (const [name, value] of Object.entries(geometryProperties)) expect(geometryCss).toContain(`${name}: ${value};`);
    expect(geometryProperties['--qd-body-width']).toBe(`${BODY.width}px`);
    expect(geometryProperties['--qd-slide-height']).toBe(`${SLIDE.height}px`);
  });

  it('geometryCss sizes every slide section in plain pixels, with no var() for reveal.js to resolve on each restyle', () => {
    const [, rule] = /(\.reveal \.slides > section\.qd-slide \{[^}]*\})/.exec(geometryCss) ?? [];
    expect(rule).toBe(`.reveal .slides > section.qd-slide { width: ${SLIDE.width}px; height: ${SLIDE.height}px; }`);
  });

  it('the title band, the gap and the body box fit in the slide, the body centred', () => {
    expect(TITLE_BAND + BODY_GAP + BODY.height).toBeLessThan(SLIDE.height);
    expect(BODY.width).toBeLessThan(SLIDE.width);
    expect((SLIDE.width - BODY.width) % 2).toBe(0);
  });

  // Prose such as "1280×720" may name the size; code and styles take it from slide-geometry.ts.
  it('no other source file writes the slide or body size', () => {
    const offenders = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(svelte|ts|css)$/.test(f) && !f.endsWith('slide-geometry.ts'))
      .filter((f) => /(?<![\w×])(?:1280|720|1152|560)(?:px)?(?![\w×])/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
