import type { ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ValueLabel from '../../../src/templates/parts/ValueLabel.svelte';
import { source } from '../ir-fixtures.ts';

const above = { x: 10, y: 20, placement: 'above' } as const;
const inside = { x: 10, y: 20, placement: 'inside' } as const;
const html = (props: ComponentProps<typeof ValueLabel>) => render(ValueLabel, { props }).body;

describe('ValueLabel', () => {
  it('draws plain text at the anchor, nothing to trace', () => {
    const body = html({ anchor: above, text: '5,120' });
    expect(body).toMatch(/<text class="qd-value-label[^"]*" x="10" y="20" font-size="20" text-anchor="middle" dominant-baseline="auto">5,120<\/text>/);
    expect(body).not.toMatch(/tabindex|data-source|<title>|qd-figure/);
  });

  it.each([
    [above, 'auto'],
    [{ ...above, placement: 'below' } as const, 'hanging'],
    [inside, 'central'],
  ])('takes the baseline of a label placed %o', (anchor, baseline) => {
    expect(html({ anchor, text: '1' })).toContain(`dominant-baseline="${baseline}"`);
  });

  it('draws a label centred on a bar in the on-accent class', () => {
    expect(html({ anchor: inside, text: '1', size: 16 })).toMatch(/class="qd-value-label qd-value-label-inside[^"]*"[^>]*font-size="16"/);
  });

  it('makes a figure traceable: title, data-source, focus and the figure classes', () => {
    const figure = { text: '(3.7)', value: -3.7, source: source('Revised targets'), read: '3.7', note: 'The seed drops the brackets.' };
    const body = html({ anchor: above, figure });
    expect(body).toMatch(/<text class="qd-figure qd-value-label qd-negative qd-corrected[^"]*"/);
    expect(body).toContain('data-source="000_9e66fd0b7d2bdcb7.txt: Revised targets" tabindex="0"');
    expect(body).toMatch(/<title>[^<]*Revised targets[^<]*<\/title>\(3\.7\)<\/text>/);
  });
});
