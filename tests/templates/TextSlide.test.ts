import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { forwardLooking } from './ir-fixtures.ts';

describe('TextSlide', () => {
  it('renders the text in paragraphs under the document title', async () => {
    const { body } = renderSlide('text', { data: forwardLooking });
    await expect(body).toMatchFileSnapshot('./__golden__/text.html');
    expect(body).toContain('>Forward-looking Statements</h2>');
    expect(count(body, /<p[ >]/g)).toBe(2);
    expect(body).toContain('subject to &lt;risks>.');
    expect(body).toContain('qd-text-forward-looking-statements');
  });

  it.each([
    ['auto', 100, false],
    ['auto', 1000, true],
    ['small', 100, true],
    ['normal', 1000, false],
  ])('size %s with %i characters is small: %s', (size, length, small) => {
    const data = { ...forwardLooking, body: 'x'.repeat(length) };
    expect(renderSlide('text', { data, options: { size } }).body.includes('qd-text-small')).toBe(small);
  });
});
