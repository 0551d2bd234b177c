import type { RevealApi } from 'reveal.js';

/**
 * How many slides on either side of the current one keep their content in the page: more than
 * reveal.js ever shows around it (its viewDistance, 3, and 10 in the overview).
 */
export const KEEP_DISTANCE = 12;

/**
 * Decks with fewer slides keep every slide in the document: a slide change there already fits in a
 * frame or two (about 14 ms at 100 slides), and the browser's find, assistive technology and
 * anything else that reads the whole deck see every slide. Parking pays in the decks of hundreds.
 */
export const PARK_FROM_SLIDES = 100;

/**
 * Keeps the content of slides far from the current one out of the document while the deck is shown
 * one slide at a time. On every slide change reveal.js walks the subtree of every slide, several
 * times (fragments of past and future slides, lazy media of far slides, the `inert` of every nested
 * section); in a deck of a thousand chart slides that is most of the change. A far slide keeps its
 * <section> (reveal.js counts and numbers those) and its content waits in a fragment, listeners and
 * all, until the deck comes within KEEP_DISTANCE of it: on 'beforeslidechange', so reveal.js lays out
 * the destination and its neighbours with their content, even after a jump.
 *
 * The page as served is untouched: without JavaScript, and in the print and scroll views (PDF
 * export), every slide keeps its content. A slide holding vertical slides is never parked, since
 * reveal.js counts the sections inside it.
 */
export function parkFarSlides(deck: RevealApi, keep = KEEP_DISTANCE): void {
  const view = (deck.getConfig() as { view?: string | null }).view;
  if (view === 'print' || view === 'scroll' || deck.getHorizontalSlides().length < PARK_FROM_SLIDES) return;
  const parked = new WeakMap<Element, DocumentFragment>();

  const settle = (centre: number) => {
    const slides = deck.getHorizontalSlides();
    const current = Number.isFinite(centre) ? Math.min(Math.max(centre, 0), slides.length - 1) : deck.getIndices().h;
    slides.forEach((slide, index) => {
      const content = parked.get(slide);
      if (Math.abs(index - current) <= keep) {
        if (content) {
          slide.append(content);
          parked.delete(slide);
        }
      } else if (!content && !slide.querySelector('section')) {
        const fragment = document.createDocumentFragment();
        fragment.append(...slide.childNodes);
        parked.set(slide, fragment);
      }
    });
  };

  // Also after the dev server swaps in new slides: it calls sync(), then slide().
  deck.on('beforeslidechange', (event) => settle(Number((event as Event & { indexh?: unknown }).indexh)));
  settle(deck.getIndices().h);
}
