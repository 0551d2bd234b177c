import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { pressReleases } from './ir-fixtures.ts';

const quarters = (body: string) => [...body.matchAll(/<h3 class="qd-quarter-heading[^"]*">([^<]*)</g)].map((m) => m[1]);

describe('PressReleasesSlide', () => {
  it('groups releases by fiscal quarter, dated ones by the quarter their date falls in', async () => {
    const { body } = renderSlide('press-releases', { title: 'FY2007 Press Releases', data: pressReleases });
    await expect(body).toMatchFileSnapshot('./__golden__/press-releases.html');
    expect(quarters(body)).toEqual(['1Q FY2007', '2Q FY2007', '4Q FY2007', 'Undated']);
    expect(body).toMatch(/qd-release-date[^"]*"[^>]*>2 Apr</);
    expect(body).toContain('qd-columns-1');
    expect(body).not.toContain('<section');
  });

  it('filters by quarter', () => {
    const { body } = renderSlide('press-releases', { data: pressReleases, options: { quarters: ['4Q FY2007'] } });
    expect(quarters(body)).toEqual(['4Q FY2007']);
    expect(count(body, /<li class="qd-release/g)).toBe(1);
  });

  it('flows more than eight releases into two columns', () => {
    const releases = Array.from({ length: 9 }, (_, i) => ({ date: '2007-04-02', title: `Release ${i}` }));
    expect(renderSlide('press-releases', { data: { ...pressReleases, releases } }).body).toContain('qd-columns-2');
  });

  it('prints each date as the seed does, in a date column as wide as the longest date of the whole list', () => {
    const releases = [
      { date: '2008-12-18', printed: '12/18', quarter: '3Q FY2008', title: 'GDx to Launch File Transfer Service' },
      { date: '2009-01-07', printed: '2009/1/7', quarter: '4Q FY2008', title: 'Status of Repurchase of Own Shares' },
    ];
    const data = { ...pressReleases, releases };
    const third = renderSlide('press-releases', { data, options: { quarters: ['3Q FY2008'] } }).body;
    const fourth = renderSlide('press-releases', { data, options: { quarters: ['4Q FY2008'] } }).body;
    expect(third).toMatch(/<span class="qd-release-date[^"]*" style="width: 8ch;">12\/18</);
    expect(fourth).toMatch(/<span class="qd-release-date[^"]*" style="width: 8ch;">2009\/1\/7</);
  });

  it('escapes markup in titles', () => {
    const { body } = renderSlide('press-releases', { data: pressReleases });
    expect(body).toContain('IIJ to Provide &lt;HD> Content Delivery');
  });
});
