import { describe, expect, it } from 'vitest';
import { renderSlide } from './render.ts';

const placed = new Map([['images/network.png', { src: '../assets/network-AbC123_x.png', width: 960, height: 540 }]]);

describe('ImageSlide', () => {
  it('shows the image at its URL with its size and alt text, the caption and the source', async () => {
    const { body } = renderSlide(
      'image',
      {
        title: 'Backbone network',
        data: { file: 'images/network.png', alt: 'Map of the <b>backbone</b>', caption: 'Backbone, March 2009', source: 'IIJ 3Q FY2008 results, p. 7' },
      },
      placed,
    );
    await expect(body).toMatchFileSnapshot('./__golden__/image.html');
    expect(body).toMatch(/<img class="qd-image[^"]*" src="\.\.\/assets\/network-AbC123_x\.png" width="960" height="540" alt="Map of the &lt;b>backbone&lt;\/b>"\/?>/);
    expect(body).toContain('<figcaption');
    expect(body).toContain('Backbone, March 2009');
    expect(body).toContain('Source: IIJ 3Q FY2008 results, p. 7');
  });

  it('leaves out the caption line when there is neither caption nor source', () => {
    const { body } = renderSlide('image', { data: { file: 'images/network.png', alt: 'Map' } }, placed);
    expect(body).toContain('<img');
    expect(body).not.toContain('<figcaption');
  });

  it('fails loudly when the compiler did not provide the image: a bug, never a broken <img>', () => {
    expect(() => renderSlide('image', { data: { file: 'images/other.png', alt: 'Map' } }, placed).body).toThrow(/images\/other\.png was not provided/);
  });
});
