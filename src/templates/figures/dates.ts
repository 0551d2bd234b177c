const LONG = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** '2008-03-31' → 'March 31, 2008'; anything else comes back as given. */
export function formatDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : LONG.format(time);
}

/** '2008-03-31' → 'Mar 31', for lists already grouped by period. */
export function formatShortDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : SHORT.format(time);
}

/**
 * The fiscal quarter a date falls in, in canonical spelling. IIJ's fiscal year starts in April and is
 * named by the year it starts in (src/finance/periods.ts): 2008-02-06 → '4Q FY2007'.
 */
export function fiscalQuarterOf(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (!m) return undefined;
  const month = Number(m[2]);
  const fy = month >= 4 ? Number(m[1]) : Number(m[1]) - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${quarter}Q FY${fy}`;
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2008-03' → 'March 2008'; anything else comes back as given. */
export function formatMonth(month: string): string {
  const time = Date.parse(`${month}-01T00:00:00Z`);
  return /^\d{4}-\d{2}$/.test(month) && !Number.isNaN(time) ? MONTH.format(time) : month;
}
