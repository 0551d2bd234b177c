import { describe, expect, it } from 'vitest';
import { renderSlide } from './render.ts';

describe('NotInSourceSlide', () => {
  it('shows the surviving text and says the chart is not in the source, drawing nothing', async () => {
    const { body } = renderSlide('not-in-source', {
      title: 'Pioneer of Network Technologies',
      data: { subtitle: 'Business and Service Development to Initiate the Market', bullets: ['<b>kept</b>'] },
      options: { what: 'a timeline chart' },
    });
    await expect(body).toMatchFileSnapshot('./__golden__/not-in-source.html');
    expect(body).toContain('Business and Service Development to Initiate the Market');
    expect(body).toContain('This slide showed a timeline chart as an image in the original deck.');
    expect(body).toContain('&lt;b>kept&lt;/b>');
    expect(body).not.toContain('<svg');
  });

  it('shows the original image instead of the statement when the deck gives one', () => {
    const { body } = renderSlide(
      'not-in-source',
      { title: 'Orders by quarter', options: { what: 'a bar chart', image: { file: 'images/orders.png', alt: 'Orders by quarter, rising' } } },
      new Map([['images/orders.png', { src: '../assets/orders-1a2B3c4D.png', width: 480, height: 270 }]]),
    );
    expect(body).toMatch(/<img class="qd-image[^"]*" src="\.\.\/assets\/orders-1a2B3c4D\.png" width="480" height="270" alt="Orders by quarter, rising"\/?>/);
    expect(body).toContain('The original image of a bar chart; its values are not in the source text.');
    expect(body).not.toContain('nothing is drawn here');
  });

  it('needs no data', () => {
    expect(renderSlide('not-in-source', { title: 'Representative IIJ Customers' }).body).toContain('This slide showed a chart as an image');
  });
});
