import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERIES_COLORS, seriesColor } from '../../../src/templates/parts/palette.ts';
import { literalColours, TEMPLATES, templateFiles } from '../../helpers/template-sources.ts';

describe('seriesColor', () => {
  it.each([
    [0, 'var(--qd-series-1)'],
    [5, 'var(--qd-series-6)'],
    [6, 'var(--qd-series-1)'],
    [-1, 'var(--qd-series-6)'],
  ])('seriesColor(%i) is %s', (index, expected) => {
    expect(seriesColor(index)).toBe(expected);
  });

  it('cycles through the SERIES_COLORS theme colours', () => {
    const names = new Set(Array.from({ length: 20 }, (_, i) => seriesColor(i)));
    expect(names.size).toBe(SERIES_COLORS);
  });
});

describe('literalColours', () => {
  it.each([
    ['<style>a { color: var(--qd-text, #1a1a1a); }</style>', ['var(--qd-text, #1a1a1a)', '#1a1a1a']],
    ['<style>a { fill: white; }</style>', ['white']],
    ['<style>a { background: transparent; }</style>', ['transparent']],
    ['<style>a { border: 1px solid rgb(0 0 0); }</style>', ['rgb(']],
    ['<style>a { outline: 2px solid var(--qd-accent); color: inherit; }</style>', []],
    ["<style>a { font-family: var(--qd-font, 'Helvetica Neue', Arial); }</style>", []],
    ['<rect fill="#c8102e" />', ['#c8102e']],
    ["<script>const fill = 'red';</script>{#each xs as x}{x}{/each}", ['red']],
  ])('finds the colours in %s', (source, expected) => {
    expect(literalColours(source, true)).toEqual(expected);
  });
});

describe('templates and parts', () => {
  it.each(templateFiles().map((f) => [relative(TEMPLATES, f), f]))('%s takes its colours from the theme only', (_, file) => {
    expect(literalColours(readFileSync(file, 'utf8'), file.endsWith('.svelte'))).toEqual([]);
  });
});
