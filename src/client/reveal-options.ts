import type { RevealConfig } from 'reveal.js';

/**
 * The reveal.js settings every deck shares. Slides are authored at 1280×720 (16:9): templates lay
 * themselves out in those pixels and reveal.js scales the whole slide to the window.
 */
export const revealOptions: RevealConfig = {
  width: 1280,
  height: 720,
  margin: 0.04,
  center: false,
  hash: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  transition: 'fade',
  transitionSpeed: 'fast',
  controls: true,
  progress: true,
  pdfMaxPagesPerSlide: 1,
};
