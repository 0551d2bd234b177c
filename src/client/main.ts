// The browser entry: reveal.js does the runtime; everything else on the page was prerendered.
// The theme's palette is not imported here: each page links its own (see page.ts).
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck.css';
import './chart-axes.css';
import './figure-popup.css';
import './downloads.css';
import './follow.css';
import Reveal from 'reveal.js';
import { chartFigurePopups } from './chart-figure-popup.ts';
import { followLive } from './follow.ts';
import { parkFarSlides } from './park-far-slides.ts';
import { revealOptions } from './reveal-options.ts';
import { speakerViewOnDemand } from './speaker-view.ts';

document.documentElement.classList.remove('qd-no-js');

const editions = import.meta.hot ? await import('./edition-toggle.ts') : undefined;
editions?.arriveOnSameSlide();

const deck = new Reveal(revealOptions);
// The ES module build sets no global; tests and the speaker view look for one.
(window as unknown as { Reveal: typeof deck }).Reveal = deck;
await deck.initialize();
parkFarSlides(deck);
speakerViewOnDemand(deck);
chartFigurePopups();
// Follow the presenter is `quarterdeck serve`'s; the dev server has no such routes.
if (!import.meta.hot) void followLive(deck);

if (import.meta.hot) {
  const { followEdits } = await import('./live-reload.ts');
  followEdits(deck, import.meta.hot);
  editions?.toggleEditionKey(deck);
}
