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

  it('needs no data', () => {
    expect(renderSlide('not-in-source', { title: 'Representative IIJ Customers' }).body).toContain('This slide showed a chart as an image');
  });
});
