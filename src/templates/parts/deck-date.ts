/**
 * A deck's date as people read it on a slide: "June 2008" for YYYY-MM, "14 May 2025" for
 * YYYY-MM-DD. The deck schema has already checked the spelling.
 */
export function formatDeckDate(date: string): string {
  const day = date.length > 7;
  const format = new Intl.DateTimeFormat('en-GB', { day: day ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${day ? date : `${date}-01`}T00:00:00Z`));
}
