import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimRevealCss } from '../../src/compile/trim-reveal-css.ts';

const revealCss = createRequire(import.meta.url).resolve('reveal.js/reveal.css');
const trim = (css: string, from: string) => postcss([trimRevealCss()]).process(css, { from }).css;
const selectors = (css: string) => {
  const found = new Set<string>();
  postcss.parse(css).walkRules((rule) => rule.selectors.forEach((selector) => found.add(selector.replace(/\s+/g, ' '))));
  return found;
};

describe('trimRevealCss', () => {
  const whole = readFileSync(revealCss, 'utf8');
  const trimmed = trim(whole, revealCss);
  const kept = selectors(trimmed);

  it('leaves out the slide transitions, link previews and plugins no deck can turn on', () => {
    for (const gone of ['.reveal.cube .slides', '.r-overlay-spinner', '.reveal .hljs', '.reveal .roll', '.reveal .playback']) {
      expect(selectors(whole).has(gone) || [...selectors(whole)].some((selector) => selector.startsWith(gone)), gone).toBe(true);
      expect([...kept].filter((selector) => selector.startsWith(gone)), gone).toEqual([]);
    }
    expect(trimmed).not.toContain('[data-transition=slide]');
    expect(trimmed).not.toContain('data-auto-animate');
    expect(trimmed.length).toBeLessThan(whole.length * 0.75);
  });

  it('keeps the fade transition, fragments, overview, help, scroll view, print view and speaker notes in print', () => {
    for (const needed of [
      '.reveal .slides section[data-transition=fade]',
      '.reveal.fade .slides section:not([data-transition])',
      '.reveal .fragment.visible',
      '.reveal.overview .slides section',
      '.r-overlay-help-content',
      '.reveal-viewport.reveal-scroll .scroll-page',
      '.reveal .speaker-notes-pdf',
      '.reveal[data-background-transition=none]>.backgrounds .slide-background:not([data-background-transition])',
    ]) {
      expect(kept.has(needed) || trimmed.includes(needed), needed).toBe(true);
    }
  });

  it('keeps a selector list less the selectors of a feature left out', () => {
    expect(kept.has('.reveal-viewport.loading-scroll-mode')).toBe(true);
    expect(kept.has('.zoomed .reveal .roll span:after')).toBe(false);
  });

  it('leaves every other stylesheet as it is', () => {
    const css = '.reveal.cube .slides { color: red }\n.hljs { color: blue }';
    expect(trim(css, '/project/src/client/deck.css')).toBe(css);
  });
});
