// Every date a slide or the deck list prints goes through here, in one locale: the British order the
// title slides have always used for the deck date ("14 May 2025", "June 2008").
const LOCALE = 'en-GB';
const DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/** '2008-03-31' → '31 March 2008', '2008-06' → 'June 2008'; anything else comes back as given. */
export function formatDate(iso: string): string {
  if (ISO_DAY.test(iso)) return format(DAY, iso, iso);
  if (ISO_MONTH.test(iso)) return format(MONTH, `${iso}-01`, iso);
  return iso;
}

/** '2008-03-31' → '31 Mar', for lists already grouped by period; anything else comes back as given. */
export function formatShortDate(iso: string): string {
  return ISO_DAY.test(iso) ? format(SHORT, iso, iso) : iso;
}

function format(formatter: Intl.DateTimeFormat, day: string, given: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? given : formatter.format(time);
}
