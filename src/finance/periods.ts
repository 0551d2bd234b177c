/**
 * Fiscal periods as values. IIJ's fiscal year runs April to March and is named by the calendar year
 * it starts in: FY2007 is April 2007 – March 2008, so 1Q FY2008 is April – June 2008.
 *
 * Canonical spelling (the only one data files may use, so that one period has one key):
 *   FY2007         full fiscal year
 *   1Q FY2008      one quarter (1Q..4Q)
 *   1H FY2008      first or second half (1H, 2H)
 *   1Q-3Q FY2008   cumulative quarters from the start of the year (1Q-2Q, 1Q-3Q)
 *
 * The quarter a date falls in is `fiscalQuarterOf` in src/model/ir/keys.ts, beside the canonical
 * pattern: slide schemas need it while a deck loads, and model/ imports nothing of ours.
 *
 * `parsePeriod` also reads the decks' own spellings ("FY07", "1Q08", "3Q FY2008", "1H09",
 * "FY2008/1Q-3Q") so callers can normalise what they copy from a deck.
 */

export type FiscalPeriod =
  | { type: 'year'; fy: number }
  | { type: 'quarter'; fy: number; quarter: 1 | 2 | 3 | 4 }
  | { type: 'half'; fy: number; half: 1 | 2 }
  | { type: 'cumulative'; fy: number; toQuarter: 2 | 3 };

function fullYear(digits: string): number {
  const n = Number(digits);
  // Two-digit years in the decks are all 20xx (the company was founded in 1992, decks start 2008).
  return digits.length === 2 ? 2000 + n : n;
}

const YEAR = /^FY\s?(\d{4}|\d{2})$/;
const QUARTER = /^([1-4])Q\s?(?:FY\s?)?(\d{4}|\d{2})$/;
const HALF = /^([12])H\s?(?:FY\s?)?(\d{4}|\d{2})$/;
const CUMULATIVE = /^1Q\s?-\s?([23])Q\s?(?:FY\s?)?(\d{4}|\d{2})$/;
const CUMULATIVE_SLASH = /^FY\s?(\d{4}|\d{2})\s?\/\s?1Q\s?-\s?([23])Q$/;

/** Reads a period in canonical or deck spelling; returns undefined for anything else. */
export function parsePeriod(text: string): FiscalPeriod | undefined {
  const t = text.trim();
  let m = YEAR.exec(t);
  if (m) return { type: 'year', fy: fullYear(m[1]!) };
  m = QUARTER.exec(t);
  if (m) return { type: 'quarter', fy: fullYear(m[2]!), quarter: Number(m[1]) as 1 | 2 | 3 | 4 };
  m = HALF.exec(t);
  if (m) return { type: 'half', fy: fullYear(m[2]!), half: Number(m[1]) as 1 | 2 };
  m = CUMULATIVE.exec(t);
  if (m) return { type: 'cumulative', fy: fullYear(m[2]!), toQuarter: Number(m[1]) as 2 | 3 };
  m = CUMULATIVE_SLASH.exec(t);
  if (m) return { type: 'cumulative', fy: fullYear(m[1]!), toQuarter: Number(m[2]) as 2 | 3 };
  return undefined;
}

/** The canonical spelling (see the file comment). */
export function formatPeriod(p: FiscalPeriod): string {
  switch (p.type) {
    case 'year':
      return `FY${p.fy}`;
    case 'quarter':
      return `${p.quarter}Q FY${p.fy}`;
    case 'half':
      return `${p.half}H FY${p.fy}`;
    case 'cumulative':
      return `1Q-${p.toQuarter}Q FY${p.fy}`;
  }
}

/** True when `text` is a period written exactly in canonical spelling. */
export function isCanonicalPeriod(text: string): boolean {
  const p = parsePeriod(text);
  return p !== undefined && formatPeriod(p) === text;
}

/** The same span one fiscal year earlier (the base of a YoY change). */
export function priorYear(p: FiscalPeriod): FiscalPeriod {
  return { ...p, fy: p.fy - 1 };
}

/** The quarter before a quarter (the base of a QoQ change); undefined for other periods. */
export function priorQuarter(p: FiscalPeriod): FiscalPeriod | undefined {
  if (p.type !== 'quarter') return undefined;
  return p.quarter === 1
    ? { type: 'quarter', fy: p.fy - 1, quarter: 4 }
    : { type: 'quarter', fy: p.fy, quarter: (p.quarter - 1) as 1 | 2 | 3 };
}
