import type { RevealConfig } from 'reveal.js';
import { SLIDE } from '../templates/parts/slide-geometry.ts';

/**
 * The reveal.js settings every deck shares. Slides are authored at SLIDE's size (1280×720, 16:9):
 * templates lay themselves out in those pixels and reveal.js scales the whole slide to the window.
 */
export const revealOptions: RevealConfig = {
  width: SLIDE.width,
  height: SLIDE.height,
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
