import { describe, expect, it } from 'vitest';
import { count, renderSlide } from './render.ts';

const data = [
  'Revenue up 8.0% to a record JPY 66.8 billion',
  {
    text: 'Operating margin 17.1%',
    items: ['Price revisions', { text: 'Lower logistics cost', items: ['New Kanto hub'] }],
  },
  'Dividend raised to JPY 48 <per share>',
];

describe('HighlightsSlide', () => {
  it('renders nested bullets', async () => {
    const { body } = renderSlide('highlights', { title: 'FY2024 highlights', data });
    await expect(body).toMatchFileSnapshot('./__golden__/highlights.html');
    expect(count(body, /<ul class="qd-bullets/g)).toBe(3);
    expect(count(body, /<li class="qd-bullet/g)).toBe(6);
    expect(body).toContain('qd-bullets-2');
  });

  it.each([
    [undefined, 0],
    [{ fragments: false }, 0],
    [{ fragments: true }, 3],
  ])('options %j give %i fragments, top level only', (options, fragments) => {
    const { body } = renderSlide('highlights', { data, options });
    expect(count(body, /class="qd-bullet fragment/g)).toBe(fragments);
    expect(count(body, /fragment/g)).toBe(fragments);
  });

  it('escapes markup in bullet text', () => {
    const { body } = renderSlide('highlights', { data: ['<script>x()</script>', { text: '<b>bold</b>' }] });
    expect(body).toContain('&lt;script>x()&lt;/script>');
    expect(body).toContain('&lt;b>bold&lt;/b>');
    expect(body).not.toContain('<script');
  });
});

describe('HighlightsSlide with a highlights document', () => {
  it('reads the document as its bullets, children nested, a corrected bullet with its note', () => {
    const { body } = renderSlide('highlights', {
      data: {
        kind: 'highlights',
        source: { seed: '001_c2adad7bcd31a0d2.txt', slide: 'Summary' },
        bullets: [{ text: 'From 479 to 584', note: 'The text swaps the figures.', children: [{ text: 'Up 21.9%' }] }],
      },
    });
    expect(body).toMatch(/<li class="qd-bullet qd-corrected[^"]*" title="The text swaps the figures.">From 479 to 584/);
    expect(body).toContain('Up 21.9%');
  });
});

describe('HighlightsSlide compact and in columns', () => {
  it.each([
    [{}, [], ['qd-bullets-compact', 'qd-bullets-columns']],
    [{ compact: true }, ['qd-bullets-compact'], ['qd-bullets-columns']],
    [{ columns: 2 }, ['qd-bullets-columns'], ['qd-bullets-compact']],
  ])('options %j', (options, present, absent) => {
    const { body } = renderSlide('highlights', { data, options });
    for (const name of present) expect(body).toContain(name);
    for (const name of absent) expect(body).not.toContain(name);
  });

  it('makes every level compact, and only the top level flows into columns', () => {
    const { body } = renderSlide('highlights', { data, options: { compact: true, columns: 2 } });
    expect(count(body, /qd-bullets-compact/g)).toBe(3);
    expect(count(body, /qd-bullets-columns/g)).toBe(1);
    expect(body).toMatch(/<ul class="qd-bullets qd-bullets-0 qd-bullets-compact qd-bullets-columns/);
  });
});

describe('HighlightsSlide footnotes', () => {
  const document = {
    kind: 'highlights',
    source: { seed: '002_e18db2df6828c544.txt', slide: 'II -2. Revenues' },
    bullets: ['Revenues up 10.3% YoY', 'Recurring revenues up 16.3% YoY'],
    footnotes: ['YoY = 3Q08 compared to 3Q07', 'QoQ = 3Q08 compared to 2Q08'],
  };

  it('shows a document\'s footnotes as small captions in a footer under the bullets, not as bullets', () => {
    const { body } = renderSlide('highlights', { data: document });
    expect(count(body, /<li class="qd-bullet/g)).toBe(2);
    expect(body).toMatch(/<footer class="qd-footnotes[^"]*">.*<p class="qd-caption qd-caption-footnote[^"]*">YoY = 3Q08 compared to 3Q07<\/p>.*QoQ = 3Q08 compared to 2Q08<\/p>.*<\/footer>/s);
    expect(body).not.toMatch(/<li[^>]*>YoY =/);
  });

  it('shows the footnotes on each slide of a list spread over two', () => {
    for (const items of [{ to: 1 }, { from: 2 }]) {
      expect(renderSlide('highlights', { data: document, options: { items } }).body).toContain('QoQ = 3Q08 compared to 2Q08');
    }
  });

  it('has no footer without footnotes', () => {
    expect(renderSlide('highlights', { data }).body).not.toContain('qd-footnotes');
  });
});

describe('HighlightsSlide with items', () => {
  it('shows only the chosen run of top-level bullets, each with its sub-bullets', () => {
    const { body } = renderSlide('highlights', {
      data: ['One', { text: 'Two', items: ['Two a'] }, 'Three'],
      options: { items: { from: 2, to: 2 } },
    });
    expect(body).toContain('Two a');
    expect(body).not.toContain('One');
    expect(body).not.toContain('Three');
  });
});
