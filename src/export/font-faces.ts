/**
 * The @font-face rules a page needs: fontsource splits each font by Unicode range, and a deck's
 * text touches a few of the ranges (Latin always, a few Japanese slices for a Japanese deck).
 */
export interface FontFace {
  /** The whole rule as the stylesheet writes it. */
  rule: string;
  /** The font file as the rule names it, relative to the stylesheet. */
  url: string;
  ranges: [number, number][];
}

const faceRule = /@font-face\s*\{[^}]*\}/g;

export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(faceRule)].flatMap(([rule]) => {
    const url = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(rule)?.[1];
    if (!url) return [];
    const range = /unicode-range\s*:\s*([^;}]+)/.exec(rule)?.[1];
    return [{ rule, url, ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] }];
  });
}

/** `U+0-FF, U+131, U+4??` → [[0, 255], [305, 305], [1024, 1279]] (CSS Fonts 4, unicode-range). */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) return [];
    const [, start, end] = match as unknown as [string, string, string | undefined];
    if (start.includes('?')) return [[parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'F'), 16)]];
    return [[parseInt(start, 16), parseInt(end ?? start, 16)]];
  });
}

/** Whether any of the code points falls in the face's ranges. */
export const faceIsUsed = (face: FontFace, codePoints: ReadonlySet<number>) =>
  [...codePoints].some((point) => face.ranges.some(([low, high]) => point >= low && point <= high));

/** The characters of `codePoints` that a face covers, as a string for the subsetter. */
export const coveredText = (face: FontFace, codePoints: ReadonlySet<number>) =>
  String.fromCodePoint(...[...codePoints].filter((point) => face.ranges.some(([low, high]) => point >= low && point <= high)));
