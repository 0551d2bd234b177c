import { getContext, setContext } from 'svelte';
import type { DeckInfo } from '../../model/deck.ts';
import type { Citations, Edition } from '../../model/edition.ts';

/** What the parts of a template (figures, bullets, row labels) need to know of the edition. */
export interface EditionView {
  edition: Edition;
  citations: Citations;
  /** True in the review edition: show markers, notes and seed files. */
  review: boolean;
}

const key = Symbol('quarterdeck edition');

/** Called once per deck by the compiler (DeckSlides.svelte), for every part of every slide. */
export function provideEdition(deck: () => Pick<DeckInfo, 'edition' | 'citations'>): void {
  setContext<EditionView>(key, {
    get edition() {
      return deck().edition;
    },
    get citations() {
      return deck().citations;
    },
    get review() {
      return deck().edition === 'review';
    },
  });
}

// A template rendered on its own (a unit test, a usage example) hides nothing: the review edition.
const standalone: EditionView = { edition: 'review', citations: new Map(), review: true };

/** The edition being rendered; call it while a component initialises. */
export function editionView(): EditionView {
  return getContext<EditionView | undefined>(key) ?? standalone;
}
