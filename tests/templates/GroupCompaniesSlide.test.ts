import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';
import { groupCompanies } from './ir-fixtures.ts';

const names = (body: string) => [...body.matchAll(/<th class="qd-company-name[^"]*" scope="row"[^>]*>([^<]*)</g)].map((m) => m[1]);
const groups = (body: string) => [...body.matchAll(/<th class="qd-group-heading[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('GroupCompaniesSlide', () => {
  it('groups companies by consolidation with ownership and business', async () => {
    const { body } = renderSlide('group-companies', { title: 'Group Companies', data: groupCompanies });
    await expect(body).toMatchFileSnapshot('./__golden__/group-companies.html');
    expect(groups(body)).toEqual(['Consolidated subsidiaries', 'Equity-method investees']);
    expect(names(body)).toEqual(['IIJ Technology Inc.', 'Net Care, Inc.', '株式会社トラストネットワークス', 'Internet Multifeed Co.']);
    expect(body).toContain('As of 31 March 2008');
    expect(count(body, /<td class="qd-business/g)).toBe(4);
  });

  it('prints ownership as traceable figures', () => {
    const { body } = renderSlide('group-companies', { data: groupCompanies });
    expect(body).toMatch(/data-source="000_9e66fd0b7d2bdcb7.txt: Reference: Group Companies" tabindex="0">100%</);
    expect(body).toMatch(/class="qd-figure qd-corrected[^"]*" title="[^"]*Printed in the business column."[^>]*>60.2%</);
  });

  it('prints n/s, never a dash, where no seed states the ownership or business, with one footnote', () => {
    const { body } = renderSlide('group-companies', { data: groupCompanies });
    // Net Care's ownership and Trust Networks' business; the tooltip says what the blank cell stood for.
    expect(count(body, /<span class="qd-not-stated[^"]*"[^>]*>n\/s<\/span>/g)).toBe(2);
    expect(body).toMatch(/<span class="qd-not-stated[^"]*" title="Blank in the text.">n\/s</);
    expect(body).not.toMatch(/>–</);
    expect(count(body, /n\/s: not stated in the source\./g)).toBe(1);
    const stated = renderSlide('group-companies', { data: groupCompanies, options: { relation: 'equity-method-investee' } }).body;
    expect(stated).not.toContain('not stated in the source');
  });

  it.each([
    [{ relation: 'equity-method-investee' }, ['Internet Multifeed Co.']],
    [{ business: false, from: 2, to: 3 }, ['Net Care, Inc.', '株式会社トラストネットワークス']],
    [{ from: 4 }, ['Internet Multifeed Co.']],
  ])('options %j show %j', (options, shown) => {
    const { body } = renderSlide('group-companies', { data: groupCompanies, options });
    expect(names(body)).toEqual(shown);
    expect(groups(body)).toHaveLength(new Set(shown.map((n) => n.startsWith('Internet'))).size);
  });

  it('leaves out the business column on request', () => {
    const { body } = renderSlide('group-companies', { data: groupCompanies, options: { business: false } });
    expect(body).not.toContain('Main business');
    expect(body).not.toContain('qd-business');
  });
});
