import type { AtRule, Plugin, Rule } from 'postcss';

/**
 * reveal.js ships one stylesheet for every feature it has, and offers no smaller one. These are the
 * selectors of the features no Quarterdeck deck can turn on, with why:
 */
const unused: Array<[feature: string, selector: RegExp]> = [
  // revealOptions sets `transition: 'fade'` and the compiler writes no data-transition, so only the
  // fade (and none, which reveal.js uses itself) can run; the backgrounds keep the default fade.
  ['other slide transitions', /\.reveal\.(?:slide|linear|default|convex|concave|zoom|cube|page)(?![\w-])|\[data-transition~?=(?:slide|linear|default|convex|concave|zoom)(?:-in|-out)?\]/],
  ['other background transitions', /\[data-background-transition=(?:slide|convex|concave|zoom)\]/],
  // No slide has data-preview-image, -video or -link, and previewLinks stays off.
  ['link previews and the lightbox', /\[data-preview-|\.r-overlay-(?:preview|spinner|external)(?![\w-])/],
  ['auto-animate', /auto-animate/],
  // The highlight and zoom plugins are not loaded; autoSlide stays off, so there is no playback ring.
  ['code highlighting', /\.hljs/],
  ['zoom plugin', /\.zoomed(?![\w-])/],
  ['auto-slide playback', /\.playback(?![\w-])/],
  ['rolling links', /\.roll(?![\w-])/],
];

/** Whether a stylesheet is reveal.js's own, the only one trimmed. */
const isRevealCss = (file: string | undefined) => !!file && /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/.test(file);

/**
 * A PostCSS plugin that leaves out of reveal.css the rules of those features: a selector list loses
 * the selectors that only such a feature can match, and a rule left with none goes, as does an
 * @media left empty. What a deck shows does not change.
 */
export function trimRevealCss(): Plugin {
  return {
    postcssPlugin: 'quarterdeck-trim-reveal-css',
    Once(root) {
      if (!isRevealCss(root.source?.input.file)) return;
      root.walkRules((rule: Rule) => {
        const kept = rule.selectors.filter((selector) => !unused.some(([, pattern]) => pattern.test(selector)));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((atRule: AtRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
}
