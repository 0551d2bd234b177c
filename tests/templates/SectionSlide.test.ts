import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';

describe('SectionSlide', () => {
  it('renders the slide title as the section heading', async () => {
    const { body } = renderSlide('section', { title: 'FY2025 Outlook', data: { subtitle: 'Guidance & returns' } });
    await expect(body).toMatchFileSnapshot('./__golden__/section.html');
    expect(body).toMatch(/<h2 class="qd-section-title[^"]*">FY2025 Outlook<\/h2>/);
    expect(body).toContain('Guidance &amp; returns');
  });

  it('leaves the subtitle out without data', () => {
    const { body } = renderSlide('section', { title: 'Appendix' });
    expect(count(body, /qd-subtitle/g)).toBe(0);
  });
});
