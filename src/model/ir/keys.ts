import { z } from 'zod';
import { calendarDateSchema, calendarMonthSchema } from '../dates.ts';

// The canonical period spelling is documented in src/finance/periods.ts; model/ imports nothing of
// ours, so the pattern is repeated here and a test keeps the two in step.
export const CANONICAL_PERIOD = /^(FY\d{4}|[1-4]Q FY\d{4}|[12]H FY\d{4}|1Q-[23]Q FY\d{4})$/;

export const periodSchema = z
  .string()
  .regex(CANONICAL_PERIOD, {
    error: "period must be canonical: 'FY2007', '1Q FY2008', '1H FY2008' or '1Q-3Q FY2008'",
  })
  .describe('Fiscal period in canonical spelling (FY starts in April)');

/**
 * The fiscal quarter a date falls in, in canonical spelling: 2008-02-06 → '4Q FY2007'. It sits with
 * the period spelling because a slide schema's check needs it while the deck loads (press releases
 * are grouped by it); src/finance/periods.ts reads and compares the periods it returns.
 */
export function fiscalQuarterOf(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (!m) return undefined;
  const month = Number(m[2]);
  const fy = month >= 4 ? Number(m[1]) : Number(m[1]) - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${quarter}Q FY${fy}`;
}

/** Dates are one schema for deck and data files: see model/dates.ts. */
export const dateSchema = calendarDateSchema;

/** A point a figure refers to: a fiscal period (flows) or a date (balance-sheet stocks). */
export const atSchema = z
  .union([periodSchema, dateSchema], {
    error: "expected a canonical period ('FY2007', '1Q FY2008') or an ISO date ('2008-03-31')",
  })
  .describe('Fiscal period or ISO date');

export const metricSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/, {
    error: "metric must be kebab-case words joined by dots, e.g. 'revenue' or 'revenue.systems-construction'",
  })
  .describe('Metric id shared across files (see data/iij/README.md)');

export const basisSchema = z
  .enum(['actual', 'target', 'previous-target'])
  .describe('Whether a figure is a result, a target, or a target before revision');

export type Basis = z.infer<typeof basisSchema>;

/**
 * When a target was stated (the deck's month). Targets are revised, so FY2008's revenue target of
 * June 2008 and that of February 2009 are different figures; actuals need no asOf.
 */
export const asOfSchema = calendarMonthSchema.describe('Month the target was stated (required for targets)');
