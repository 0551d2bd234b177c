import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { companyProfile } from './ir-fixtures.ts';

describe('CompanyProfileSlide', () => {
  it('lists the profile facts with traceable figures', async () => {
    const { body } = renderSlide('company-profile', { data: companyProfile });
    await expect(body).toMatchFileSnapshot('./__golden__/company-profile.html');
    expect(body).toContain('>Company Profile</h2>');
    expect(body).toContain('As of March 2008');
    expect(body).toContain('December 1992');
    expect(body).toMatch(/tabindex="0">1,373<\/span>/);
    expect(body).toMatch(/tabindex="0">24.5%<\/span>/);
    expect(count(body, /data-source="000_9e66fd0b7d2bdcb7.txt: Company Profile \(as of March 2008\)"/g)).toBe(5);
  });

  it('limits the shareholders listed', () => {
    expect(count(renderSlide('company-profile', { data: companyProfile, options: { shareholders: 2 } }).body, /%<\/span>/g)).toBe(3);
    expect(renderSlide('company-profile', { data: companyProfile, options: { shareholders: 0 } }).body).not.toContain('Major shareholders');
  });
});
