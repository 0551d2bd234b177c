import { z } from 'zod';

/**
 * Every date Quarterdeck reads, in deck files and data files alike, goes through these schemas, so
 * a month 13 or a 30 February is refused where it is written instead of crashing a build or
 * rolling over into March on a slide.
 */

const isCalendarDay = (text: string) => {
  // Date rolls 2008-02-30 over into March, so the round trip is what tells a real day.
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

const isCalendarMonth = (text: string) => {
  const month = Number(text.slice(5, 7));
  return month >= 1 && month <= 12;
};

/** YYYY-MM-DD, a day that exists. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use an ISO date, YYYY-MM-DD, for example 2008-03-31.' })
  .refine(isCalendarDay, { error: 'This day does not exist in the calendar; check the month and the day.' })
  .describe('Calendar date, ISO YYYY-MM-DD');

/** YYYY-MM, a month from 01 to 12. */
export const calendarMonthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { error: 'Use a month, YYYY-MM, for example 2008-06.' })
  .refine(isCalendarMonth, { error: 'The month must be 01 to 12.' })
  .describe('Month, YYYY-MM');

/** A deck's date: the month, or the day, it is presented. */
export const monthOrDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'Use YYYY-MM or YYYY-MM-DD, for example 2008-06.' })
  .refine((text) => isCalendarMonth(text) && (text.length === 7 || isCalendarDay(text)), {
    error: 'This date does not exist in the calendar; check the month (01 to 12) and the day.',
  })
  .describe('YYYY-MM or YYYY-MM-DD');

/**
 * A moment, such as a release: a date and a time with its offset from UTC (2009-02-12T15:00:00+09:00,
 * or Z). A time without an offset would mean a different moment on every server, so it is refused.
 */
export const momentSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'Use an ISO date and time with its UTC offset, for example 2009-02-12T15:00:00+09:00 (or …Z for UTC).',
  })
  .refine((text) => isCalendarDay(text.slice(0, 10)) && isClockTime(text.slice(11, 16)) && isOffset(text), {
    error: 'This moment does not exist: check the month (01 to 12), the day, the hour (00 to 23), the minutes and the offset.',
  })
  .describe('Date and time with a UTC offset, ISO 8601: YYYY-MM-DDTHH:MM[:SS]±HH:MM or …Z');

const isClockTime = (text: string) => Number(text.slice(0, 2)) <= 23 && Number(text.slice(3, 5)) <= 59;
const isOffset = (text: string) => {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(text);
  return !offset || (Number(offset[2]) <= 14 && Number(offset[3]) <= 59);
};

/** The moment as milliseconds since the epoch, for comparing with a clock. */
export const momentTime = (moment: string) => Date.parse(moment);
