import { describe, expect, it } from 'vitest';
import { renderSlide } from './render.ts';

describe('TitleSlide', () => {
  it('renders company, deck title, subtitle and date', async () => {
    const { body } = renderSlide('title', { data: { subtitle: 'Fiscal year ended March 31, 2025' } });
    await expect(body).toMatchFileSnapshot('./__golden__/title.html');
    expect(body).toContain('<h1 class="qd-deck-title');
    expect(body).toContain('FY2024 Financial Results');
    expect(body).toContain('Example Holdings Co., Ltd.');
    expect(body).toContain('<time datetime="2025-05-13">13 May 2025</time>');
  });

  it.each([
    ['no data: the deck title', undefined, undefined, 'FY2024 Financial Results'],
    ['a slide title: it replaces the deck title', 'Investor Day 2025', {}, 'Investor Day 2025'],
  ])('renders with %s', (_, title, data, heading) => {
    const { body } = renderSlide('title', { title, data });
    expect(body).toMatch(new RegExp(`<h1 class="qd-deck-title[^"]*">${heading}</h1>`));
    expect(body).not.toContain('qd-subtitle');
  });

  it('escapes markup in the subtitle', () => {
    const { body } = renderSlide('title', { data: { subtitle: '<script>alert(1)</script>' } });
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).not.toContain('<script');
  });

  it('brings its styles in the head', () => {
    expect(renderSlide('title', {}).head).toContain('.qd-deck-title');
  });
});
