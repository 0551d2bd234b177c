import { describe, expect, it } from 'vitest';
import { coveredText, faceIsUsed, fontFaces, parseUnicodeRange } from '../../src/export/font-faces.ts';

describe('parseUnicodeRange', () => {
  it.each([
    ['U+0-FF', [[0, 0xff]]],
    ['U+131, U+152-153', [[0x131, 0x131], [0x152, 0x153]]],
    ['U+4??', [[0x400, 0x4ff]]],
    ['U+20AC,nonsense', [[0x20ac, 0x20ac]]],
  ])('parseUnicodeRange(%s)', (text, expected) => {
    expect(parseUnicodeRange(text)).toEqual(expected);
  });
});

describe('fontFaces', () => {
  const css =
    '@font-face{font-family:Inter Variable;src:url(./inter-latin.woff2)format("woff2-variations");unicode-range:U+0-FF}' +
    '@font-face{font-family:Noto Sans JP Variable;src:url("./noto-119.woff2") format("woff2");unicode-range:U+3041-3096}' +
    '.x{color:red}';

  it('finds each face, its font file and its ranges', () => {
    expect(fontFaces(css).map((face) => [face.url, face.ranges])).toEqual([
      ['./inter-latin.woff2', [[0, 0xff]]],
      ['./noto-119.woff2', [[0x3041, 0x3096]]],
    ]);
  });

  it('keeps a face only for the characters in its ranges', () => {
    const [latin, kana] = fontFaces(css);
    const text = new Set([...'Aあ'].map((char) => char.codePointAt(0)!));
    expect([faceIsUsed(latin!, text), faceIsUsed(kana!, text)]).toEqual([true, true]);
    expect(coveredText(kana!, text)).toBe('あ');
    expect(faceIsUsed(kana!, new Set([0x41]))).toBe(false);
  });
});
