import { describe, expect, it } from 'vitest';
import type { StatedRef } from '../../src/finance/collect.ts';
import { plan, resolveBase } from '../../src/finance/plan.ts';

const source = { seed: '000_9e66fd0b7d2bdcb7.txt', slide: 'Revenues' };
const stated = (patch: Partial<StatedRef>): StatedRef => ({
  derived: 'yoy', of: 'revenue', at: 'FY2007', value: 17.1, unit: '%', decimals: 1,
  basis: 'actual', baseBasis: 'actual', file: 'a.yaml', path: [], source, ...patch,
});

describe('resolveBase', () => {
  it.each([
    ['yoy at FY2007', stated({}), 'FY2007', 'FY2006'],
    ['qoq at 1Q FY2009', stated({ derived: 'qoq', at: '1Q FY2009' }), '1Q FY2009', '4Q FY2008'],
    ['change at a date with an explicit base', stated({ derived: 'change', at: '2008-03-31', base: '2007-03-31' }), '2008-03-31', '2007-03-31'],
    ['ratio (no base)', stated({ derived: 'ratio' }), 'FY2007', undefined],
    ['yoy at a date without base (no prior year of a date)', stated({ at: '2008-03-31' }), '2008-03-31', undefined],
  ])('%s', (_t, s, _at, base) => {
    expect(resolveBase(s)).toBe(base);
  });
});

describe('plan', () => {
  it('a yoy needs the metric at the period and a year earlier', () => {
    const p = plan(stated({}));
    expect(typeof p).toBe('object');
    if (typeof p === 'string') return;
    expect(p.operands.map((o) => o.at)).toEqual(['FY2007', 'FY2006']);
    expect(p.fn([66835, 57094])).toBeCloseTo(17.06, 2);
  });

  it('a ratio-change needs four figures and returns points', () => {
    const p = plan(stated({ derived: 'ratio-change', of: 'operating-income', unit: 'points' }));
    if (typeof p === 'string') throw new Error(p);
    expect(p.operands).toHaveLength(4);
    expect(p.fn([4759, 66835, 3500, 57100])).toBeCloseTo(1.0, 1);
  });

  it('a change without a comparison point is a reason, not a plan', () => {
    expect(plan(stated({ derived: 'change', at: '2008-03-31', unit: 'JPY million' }))).toMatch(/no comparison/);
  });
});
