import { describe, expect, it } from 'vitest';
import { deckListEntries, listTheme, listThemes } from '../../src/compile/deck-list-entry.ts';
import { placeImages, type ImageSrc } from '../../src/compile/image-assets.ts';
import { renderDeckList } from '../../src/compile/ssr-entry.ts';
import { loadProject } from '../../src/load/project.ts';
import type { ResolvedDeck } from '../../src/model/resolved.ts';

const hashed: ImageSrc = (image) => `./assets/${image.file.replace(/^images\//, '').replace('.', '-HASH.')}`;

/** The deck list's HTML, without the comments Svelte leaves for hydration. */
function render(decks: ResolvedDeck[]) {
  const entries = deckListEntries(decks);
  const covers = entries.flatMap((entry) => (entry.cover ? [entry.cover] : []));
  const { head, body } = renderDeckList(entries, { reviewLinks: false }, new Map(), new Map(), placeImages(covers, hashed));
  return { head, body: body.replace(/<!--[\s\S]*?-->/g, '') };
}

/** A deck of one title slide. */
function deck(id: string, fields: Partial<ResolvedDeck>): ResolvedDeck {
  const slides: ResolvedDeck['slides'] = [
    { template: { kind: 'builtin', name: 'title' }, written: { file: `decks/${id}.yaml`, line: 1, column: 1, path: ['slides', 0] }, editions: ['audience', 'review'], data: { subtitle: `Cover of ${id}` }, options: {}, images: [] },
  ];
  return { id, file: `decks/${id}.yaml`, title: 'Investor Presentation', date: '2008-06', company: 'Internet Initiative Japan Inc.', theme: 'iij', lang: 'en', slides, ...fields };
}

const headings = (html: string) => [...html.matchAll(/<a class="qd-deck-text[^>]*><h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
const links = (html: string) => [...html.matchAll(/<a class="qd-deck-text[^"]*" href="([^"]+)"/g)].map((m) => m[1]);

describe('renderDeckList', () => {
  const iij = [
    deck('fy2007', { period: 'FY2007 results', date: '2008-06' }),
    deck('q3', { title: '3rd Quarter FY2008 Consolidated Financial Results', date: '2009-02-12' }),
    deck('fy2011', { period: 'FY2011 results', date: '2012-05' }),
  ];

  it('lists the decks newest first, each under a title its period or date tells apart', async () => {
    const { body } = render(iij);
    await expect(body).toMatchFileSnapshot('./__golden__/deck-list.html');
    expect(links(body)).toEqual(['./fy2011/', './q3/', './fy2007/']);
    expect(headings(body)).toEqual([
      'Investor Presentation FY2011 results',
      '3rd Quarter FY2008 Consolidated Financial Results 12 February 2009',
      'Investor Presentation FY2007 results',
    ]);
  });

  it('gives every deck link its company, date and slide count', () => {
    const { body } = render(iij);
    const cards = body.split('<li').slice(1);
    expect(cards[0]).toMatch(/Internet Initiative Japan Inc\. ·\s*<time datetime="2012-05">May 2012<\/time> ·\s*1 slide\b/);
    expect(cards[1]).toMatch(/<time datetime="2009-02-12">12 February 2009<\/time>[\s\S]*Internet Initiative Japan Inc\. ·\s*1 slide\b/);
  });

  it('draws each cover as a thumbnail in its deck theme, out of the reading order, without frames', () => {
    const { body, head } = render([deck('fy2007', { period: 'FY2007 results', theme: 'midnight' })]);
    expect(body).toMatch(/<div class="qd-thumbnail[^"]*" data-theme="midnight" lang="en" aria-hidden="true" inert[^>]*><div class="qd-thumbnail-slide[^"]*">[\s\S]*Cover of fy2007/);
    expect(body).not.toMatch(/<iframe/);
    // The cover's own styles come with it.
    expect(head).toContain('.qd-cover');
  });

  it('orders decks of one date by title, and takes the theme they all share', () => {
    const decks = [deck('b', { title: 'B', date: '2025-05' }), deck('a', { title: 'A', date: '2025-05' }), deck('c', { title: 'C', date: '2025-05-14', theme: 'midnight' })];
    expect(deckListEntries(decks).map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
    expect(listTheme(deckListEntries(decks))).toBeUndefined();
    expect(listTheme(deckListEntries(iij))).toBe('iij');
  });

  it('links the stylesheets of the themes it shows: the shared one, or the default and each deck\'s', () => {
    expect(listThemes(deckListEntries(iij))).toEqual(['iij']);
    const mixed = [deck('a', { theme: 'iij' }), deck('b', { theme: 'midnight', date: '2009-01' }), deck('c', { theme: 'iij', date: '2007-01' })];
    expect(listThemes(deckListEntries(mixed))).toEqual(['quarterdeck', 'midnight', 'iij']);
  });

  it('shows a cover image at its hashed URL with its size and alt text', async () => {
    const project = await loadProject('tests/fixtures/acme');
    const { body } = render(project.decks);
    expect(links(body)).toEqual(['./quarterly/', './escaping/', './bridge/', './images/']);
    expect(body).toContain('src="./assets/assembly-line-HASH.svg" width="640" height="360" alt="Diagram of the robot arm line');
    expect(headings(body)[3]).toBe('Factory tour Plant visit, spring 2025');
  });

  it('says so when there are no decks', () => {
    expect(render([]).body).toContain('No decks yet');
  });
});
