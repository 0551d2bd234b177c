import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { source } from './ir-fixtures.ts';

const data = {
  unit: 'JPY billion',
  source: source('Consolidated Financial Results'),
  steps: [
    { label: 'FY06', kind: 'start', value: { value: 3.5, decimals: 1 } },
    { label: 'Gross margin', value: 2.9 },
    { label: 'SG&A', value: { value: -1.6, text: '1.6', note: 'A cost: shown as a decrease.' } },
    { label: 'FY07', kind: 'end' },
  ],
};

const labels = (body: string) => [...body.matchAll(/<\/title>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('WaterfallSlide', () => {
  it('renders a bridge with the end computed from the steps', async () => {
    const { body } = renderSlide('waterfall', { title: 'Operating income bridge', data });
    await expect(body).toMatchFileSnapshot('./__golden__/waterfall.html');
    expect(labels(body)).toEqual(['3.5', '2.9', '(1.6)', '4.8']);
    expect(count(body, /<rect class="qd-step-bar/g)).toBe(4);
    expect(count(body, /<line class="qd-connector/g)).toBe(3);
    expect([...body.matchAll(/<g class="qd-step qd-step-(\w+)/g)].map((m) => m[1])).toEqual(['total', 'increase', 'decrease', 'total']);
  });

  it('makes every value label traceable, the computed end saying what it sums', () => {
    const { body } = renderSlide('waterfall', { data });
    expect(count(body, /data-source="000_9e66fd0b7d2bdcb7.txt: Consolidated Financial Results" tabindex="0"/g)).toBe(4);
    expect(body).toContain('Computed: running total of FY06, Gross margin, SG&amp;A</title>4.8');
    expect(body).toMatch(/<text class="qd-figure qd-value-label qd-negative qd-corrected[^"]*"/);
  });

  it.each([
    [undefined, 0],
    [{ fragments: true }, 7],
  ])('options %j make %i fragments', (options, fragments) => {
    expect(count(renderSlide('waterfall', { data, options }).body, /class="[^"]*\bfragment\b/g)).toBe(fragments);
  });

  it('leaves the value labels out on request', () => {
    expect(renderSlide('waterfall', { data, options: { valueLabels: false } }).body).not.toContain('qd-value-label');
  });

  it('escapes markup in step labels', () => {
    const body = renderSlide('waterfall', { data: { ...data, steps: [{ label: '<b>x</b>', kind: 'start', value: 1 }, { label: 'End', kind: 'end' }] } }).body;
    expect(body).toContain('&lt;b>x&lt;/b>');
    expect(body).not.toContain('<b>');
  });
});
