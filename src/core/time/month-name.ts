// Timestamps with an English month name: "Mar 21, 2025, 03:15 PM UTC", "March 21, 2025 15:15 GMT", after a weekday
// ("Thursday, March 13, 2025 10:05 AM EDT"), an e-mail's date ("Fri, 7 Mar 2014 09:12 PST", also without its weekday) and the Unix date
// command's ("Tue Apr 8 21:40:05 PDT 2014"). luxon reads the date and the clock; the zone is read by recognise.ts after the match, and a
// match without a zone is no timestamp (a reader could not tell which 03:15 was meant, and PM023 says so).
import { DateTime } from 'luxon';
import { LUXON_LOCALE } from './zones';

export interface MonthNameDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Offset right after the clock (where a zone may follow). */
  end: number;
  /** The year follows the zone ("… 21:40:05 PDT 2014"): whoever reads the zone then reads the year after it. */
  yearAfterZone?: true;
}

const WEEKDAY = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t\u00a0]+)?`;
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const SP = String.raw`[ \t\u00a0]+`;
const CLOCK = String.raw`(\d{1,2}:\d{2})(?::\d{2})?(?:[ \t\u00a0]?([AaPp][Mm])(?![A-Za-z]))?`;
/** "March 21, 2025 15:15", "Thursday, March 13, 2025 10:05 AM": month, day, year, clock, am/pm. */
/** A date with the month first ("March 21, 2025") and with the day first ("23 Nov 2001", "23-Sep-2005"). */
const MONTH_DAY_YEAR = String.raw`${MONTH}${SP}(\d{1,2}),?${SP}(\d{4})`;
const DAY_MONTH_YEAR = String.raw`(\d{1,2})(?:${SP}|-)${MONTH}(?:,?${SP}|-)(\d{4})`;
const MONTH_FIRST = new RegExp(String.raw`${WEEKDAY}${MONTH_DAY_YEAR},?${SP}(?:at${SP}|-${SP})?${CLOCK}`, 'y');
/** "Fri, 7 Mar 2014 09:12" (an e-mail's date): day, month, year, clock, am/pm; only after a weekday. */
const DAY_FIRST = new RegExp(String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?${SP}(\d{1,2})${SP}${MONTH},?${SP}(\d{4}),?${SP}(?:at${SP})?${CLOCK}`, 'y');
/**
 * "23 Nov 2001 23:41:12 -0800" (a mail's date without its weekday, a British page's "3 March 2025 14:05 GMT"), also
 * with hyphens ("23-Sep-2005 18:35 UTC", as logs and old journals write it).
 */
const DAY_FIRST_BARE = new RegExp(String.raw`${DAY_MONTH_YEAR},?${SP}(?:at${SP})?${CLOCK}`, 'y');
/** "Tue Apr 8 21:40:05 PDT 2014" (the Unix date command): the zone sits between the clock and the year. */
const UNIX_DATE = new RegExp(String.raw`${WEEKDAY}${MONTH}${SP}(\d{1,2})${SP}${CLOCK}(?=${SP}[A-Z]{2,5}${SP}(\d{4})(?!\d))`, 'y');

/** First letters of the month and weekday abbreviations: a cheap test before the pattern runs. */
const STARTS = new Set('ADFJMNOSTW'.split('').map((c) => c.charCodeAt(0)));

/** A month name inside a word ("Summary 21, 2025") is no date, nor a day inside a number. */
function startsInsideWord(s: string, from: number): boolean {
  return from > 0 && /[A-Za-z0-9]/.test(s.charAt(from - 1));
}

/** luxon reads the month names in English, in UTC (the zone is read after the match). */
const READ_OPTIONS = { locale: LUXON_LOCALE, zone: 'UTC' };

/** A month-name date and clock starting exactly at `from`, or undefined. */
export function monthNameDateTimeAt(s: string, from: number): MonthNameDateTime | undefined {
  const digitFirst = /\d/.test(s.charAt(from));
  if (!digitFirst && !STARTS.has(s.charCodeAt(from))) return undefined;
  if (startsInsideWord(s, from)) return undefined;
  let month: string, day: string, year: string, clock: string, ampm: string | undefined, end: number;
  let yearAfterZone = false;
  let m: RegExpExecArray | null;
  if (digitFirst) {
    if (!(DAY_FIRST_BARE.lastIndex = from, m = DAY_FIRST_BARE.exec(s))) return undefined;
    [, day, month, year, clock, ampm] = m;
  } else if ((MONTH_FIRST.lastIndex = from, m = MONTH_FIRST.exec(s))) [, month, day, year, clock, ampm] = m;
  else if ((DAY_FIRST.lastIndex = from, m = DAY_FIRST.exec(s))) [, day, month, year, clock, ampm] = m;
  else if ((UNIX_DATE.lastIndex = from, m = UNIX_DATE.exec(s))) {
    [, month, day, clock, ampm, year] = m;
    yearAfterZone = true;
  } else return undefined;
  end = from + m[0].length;
  const upper = ampm?.toUpperCase();
  const text = `${month} ${day} ${year} ${clock}${upper ? ` ${upper}` : ''}`;
  const dt = DateTime.fromFormat(text, upper ? 'MMM d yyyy h:mm a' : 'MMM d yyyy H:mm', READ_OPTIONS);
  if (!dt.isValid) return undefined;
  const out: MonthNameDateTime = { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute, end };
  if (yearAfterZone) out.yearAfterZone = true;
  return out;
}

/** A month-name date, with or without a clock after it: "23-Sep-2005", "3 March 2025", "August 23, 2023 | 5:30 am". */
const DATE_MONTH_FIRST = new RegExp(String.raw`${WEEKDAY}${MONTH_DAY_YEAR}(?!\d)`, 'y');
const DATE_DAY_FIRST = new RegExp(String.raw`${WEEKDAY}${DAY_MONTH_YEAR}(?!\d)`, 'y');

/** A calendar day read from a text, and where what was read ends. */
export interface WrittenDay { year: number; month: number; day: number; end: number }

/**
 * The day a month-name date starting exactly at `from` names, or undefined: what a heading that holds a day (and
 * perhaps a clock without a zone) tells of the order of the posts.
 */
export function monthNameDayAt(s: string, from: number): WrittenDay | undefined {
  if (startsInsideWord(s, from)) return undefined;
  let month: string, day: string, year: string;
  let m: RegExpExecArray | null;
  if ((DATE_MONTH_FIRST.lastIndex = from, m = DATE_MONTH_FIRST.exec(s))) [, month, day, year] = m;
  else if ((DATE_DAY_FIRST.lastIndex = from, m = DATE_DAY_FIRST.exec(s))) [, day, month, year] = m;
  else return undefined;
  const dt = DateTime.fromFormat(`${month} ${day} ${year}`, 'MMM d yyyy', READ_OPTIONS);
  return dt.isValid ? { year: dt.year, month: dt.month, day: dt.day, end: from + m[0].length } : undefined;
}
