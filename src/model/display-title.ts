/**
 * The title a slide shows, from the title its source printed. The printed text stays in the deck and
 * data files (it is how a slide is traced back to its source); the slide shows it cleaned of what
 * text extraction did to it, so that a deck reads as one piece: "II -2." and "II-2." are one
 * numbering style, "Ⅲ" (a full-width numeral) and "III" one numeral, and glyphs the extraction
 * turned into characters ("※", "★", a bullet read as "X") are gone.
 */
export function displayTitle(printed: string): string {
  let title = printed.replace(fullWidthRoman, (numeral) => romanOf[numeral] ?? numeral);
  title = title.replace(strayGlyphs, ' ').replace(/\s+/g, ' ').trim();
  // A bullet glyph of a symbol font comes out as a capital X before the heading ("X Contact Information").
  title = title.replace(/^X (?=[A-Z][a-z])/, '');
  // Section numbers: "II -2." → "II-2.", "I ." → "I.", "II - 11" → "II-11".
  title = title.replace(/^([IVX]+)\s*-\s*(\d+)/, '$1-$2').replace(/^([IVX]+(?:-\d+)?)\s+\./, '$1.');
  // Colons: none of the space before ("Reference :"), one space after ("Reference:FY2007").
  return title.replace(/\s+:(?=\s|$|[A-Za-z])/g, ':').replace(/:(?=[A-Za-z])/g, ': ');
}

// Unicode's Roman numeral characters (U+2160–U+216B), which Japanese fonts set as one full-width glyph.
const romanOf: Record<string, string> = Object.fromEntries(
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].map((roman, i) => [String.fromCodePoint(0x2160 + i), roman]),
);
const fullWidthRoman = /[\u2160-\u216b]/g;

/** Reference marks and symbol-font bullets that mean nothing in a heading. */
const strayGlyphs = /[※★☆◆◇■□●○▲△▼▽►▶]/g;

/** 1 → "I", 4 → "IV", 12 → "XII": for lists numbered the way a deck numbers its sections. */
export function romanNumeral(n: number): string {
  const steps: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let left = n;
  return steps.map(([value, numeral]) => {
    const times = Math.floor(left / value);
    left -= times * value;
    return numeral.repeat(times);
  }).join('');
}
