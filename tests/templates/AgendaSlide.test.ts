import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';

const data = { items: ['FY2024 results', 'Segment review', 'FY2025 outlook'] };

describe('AgendaSlide', () => {
  it('renders a numbered list with the current item highlighted', async () => {
    const { body } = renderSlide('agenda', { title: 'Agenda', data, options: { current: 2 } });
    await expect(body).toMatchFileSnapshot('./__golden__/agenda.html');
    expect(count(body, /<li class="qd-agenda-item/g)).toBe(3);
    expect(body).toMatch(/<li class="qd-agenda-item qd-agenda-current[^"]*" aria-current="step">/);
    expect(count(body, /qd-agenda-other/g)).toBe(2);
  });

  it.each([
    ['no current item', undefined, 0],
    ['a current item past the end', { current: 9 }, 0],
  ])('highlights nothing with %s', (_, options, highlighted) => {
    const { body } = renderSlide('agenda', { data, options });
    expect(count(body, /qd-agenda-current/g)).toBe(highlighted);
  });

  it.each([
    [undefined, ['1', '2', '3']],
    ['arabic', ['1', '2', '3']],
    ['roman', ['I', 'II', 'III']],
  ] as const)('numbers the items with numerals: %s as %j', (numerals, shown) => {
    const { body } = renderSlide('agenda', { data, options: { numerals } });
    expect([...body.matchAll(/<span class="qd-agenda-number[^"]*">([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(shown);
  });

  it('titles itself "Agenda" without a slide title', () => {
    expect(renderSlide('agenda', { data }).body).toMatch(/<h2 class="qd-title[^"]*">Agenda<\/h2>/);
  });
});
