import { describe, expect, it } from 'vitest';
import { publicationStates, siteManifest } from '../../src/compile/site-manifest.ts';

const deck = (id: string, publishAt?: string) => ({ id, title: `Deck ${id}`, publishAt });
const ids = (states: ReturnType<typeof publicationStates>) => states.map((state) => ({ from: state.from, ids: [...state.ids].sort() }));

describe('publicationStates', () => {
  it('is one span holding every deck when no deck waits for a release', () => {
    expect(ids(publicationStates([deck('a'), deck('b')]))).toEqual([{ from: null, ids: ['a', 'b'] }]);
  });

  it('adds each deck at its release, in time order whatever the order of the decks', () => {
    const states = publicationStates([deck('late', '2009-05-15T15:00:00+09:00'), deck('always'), deck('early', '2009-02-12T15:00:00+09:00')]);
    expect(ids(states)).toEqual([
      { from: null, ids: ['always'] },
      { from: '2009-02-12T06:00:00.000Z', ids: ['always', 'early'] },
      { from: '2009-05-15T06:00:00.000Z', ids: ['always', 'early', 'late'] },
    ]);
  });

  it('makes one span of releases at the same instant written with different offsets', () => {
    const states = publicationStates([deck('tokyo', '2009-02-12T15:00:00+09:00'), deck('utc', '2009-02-12T06:00:00Z')]);
    expect(ids(states)).toEqual([
      { from: null, ids: [] },
      { from: '2009-02-12T06:00:00.000Z', ids: ['tokyo', 'utc'] },
    ]);
  });
});

describe('siteManifest', () => {
  it('records each release in UTC and names a public list per span', () => {
    const decks = [deck('a', '2031-04-01T09:00:00+09:00'), deck('b')];
    expect(siteManifest(decks, publicationStates(decks))).toEqual({
      format: 1,
      decks: [
        { id: 'a', title: 'Deck a', publishAt: '2031-04-01T00:00:00.000Z' },
        { id: 'b', title: 'Deck b', publishAt: null },
      ],
      lists: [
        { from: null, file: '.quarterdeck/lists/0.html' },
        { from: '2031-04-01T00:00:00.000Z', file: '.quarterdeck/lists/1.html' },
      ],
    });
  });
});
