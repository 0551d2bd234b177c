import type { RevealApi } from 'reveal.js';

/**
 * `quarterdeck dev` only: the E key (unused by reveal.js) opens the other edition of the open deck,
 * audience ↔ review, on the same slide. Slides are matched by `data-qd-slide`, their position in the
 * deck file: the slide itself where the other edition has it, else the next one it has. Shared
 * decks never get the key, so an investor cannot stumble from the audience edition into the review.
 */
const E = 69;
const arrival = /^#qd-slide=(\d+)$/;

/** Before reveal.js reads the URL: turn `#qd-slide=N` into the `#/h` of that slide in this edition. */
export function arriveOnSameSlide(): void {
  const wanted = arrival.exec(location.hash);
  if (!wanted) return;
  const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const at = sections.findIndex((section) => Number(section.dataset.qdSlide) >= Number(wanted[1]));
  history.replaceState(null, '', `#/${at < 0 ? Math.max(0, sections.length - 1) : at}`);
}

export function toggleEditionKey(deck: RevealApi): void {
  deck.addKeyBinding({ keyCode: E, key: 'E', description: 'Switch between the audience and the review edition' }, () => {
    const review = document.documentElement.dataset.edition === 'review';
    const folder = location.pathname.replace(/(review\/)?(index\.html)?$/, '');
    const position = (deck.getCurrentSlide() as HTMLElement | undefined)?.dataset.qdSlide ?? '0';
    location.assign(`${review ? folder : `${folder}review/`}#qd-slide=${position}`);
  });
}
