/**
 * The slide canvas in CSS pixels, declared once. Templates lay themselves out in these pixels and
 * reveal.js scales the whole slide to the window (src/client/reveal-options.ts). A content slide is
 * the title band, a gap, then the body box that tables and charts fill; what is left below the body
 * is the bottom margin. Stylesheets read the same numbers as custom properties (`--qd-slide-width`
 * and so on), which every deck page declares from `geometryCss`.
 */
export const SLIDE = { width: 1280, height: 720 } as const;

/** The box under the title band that a content template draws into: charts are this size. */
export const BODY = { width: 1152, height: 560 } as const;

/** The height of the title band, its accent rule included. */
export const TITLE_BAND = 90;

/** The space between the title band and the body. */
export const BODY_GAP = 24;

const px = (n: number) => `${n}px`;

/** The geometry as CSS custom properties, for the theme and the layouts' styles. */
export const geometryProperties: Readonly<Record<string, string>> = {
  '--qd-slide-width': px(SLIDE.width),
  '--qd-slide-height': px(SLIDE.height),
  '--qd-body-width': px(BODY.width),
  '--qd-body-height': px(BODY.height),
  '--qd-title-band': px(TITLE_BAND),
  '--qd-body-gap': px(BODY_GAP),
};

/**
 * For a deck page's <head>: a `:root` rule declaring the geometry properties, and the size of every
 * slide section in plain pixels. Not through var(): reveal.js restyles every section on every slide
 * change, and in Chromium a section sized by var() costs about 8 ms more style work per change in a
 * deck of 1,000 slides (measured with the bench's synthetic deck).
 */
export const geometryCss = `:root { ${Object.entries(geometryProperties)
  .map(([name, value]) => `${name}: ${value};`)
  .join(' ')} } .reveal .slides > section.qd-slide { width: ${px(SLIDE.width)}; height: ${px(SLIDE.height)}; }`;
