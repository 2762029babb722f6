// Status-page timestamps with an English month name: "Mar 21, 2025, 03:15 PM UTC", "Dec 17, 2024 10:12 UTC",
// "March 21, 2025 15:15 GMT", also after a weekday ("Thursday, September 12, 2024 11:17 PM EDT"). luxon reads the date and the clock; the zone is read by recognise.ts after the match, and a
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
}

const MONTH_NAME_STAMP =
  /(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t\u00a0]+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t\u00a0]+(\d{1,2}),?[ \t\u00a0]+(\d{4}),?[ \t\u00a0]+(?:at[ \t\u00a0]+|-[ \t\u00a0]+)?(\d{1,2}:\d{2})(?:[ \t\u00a0]?([AaPp][Mm])(?![A-Za-z]))?/y;

/** First letters of the month and weekday abbreviations: a cheap test before the pattern runs. */
const STARTS = new Set('ADFJMNOSTW'.split('').map((c) => c.charCodeAt(0)));

/** A month-name date and clock starting exactly at `from`, or undefined. */
export function monthNameDateTimeAt(s: string, from: number): MonthNameDateTime | undefined {
  if (!STARTS.has(s.charCodeAt(from))) return undefined;
  // A month name inside a word ("Summary 21, 2025") is no date.
  if (from > 0 && /[A-Za-z]/.test(s.charAt(from - 1))) return undefined;
  MONTH_NAME_STAMP.lastIndex = from;
  const m = MONTH_NAME_STAMP.exec(s);
  if (!m) return undefined;
  const ampm = m[5]?.toUpperCase();
  const text = `${m[1]} ${m[2]} ${m[3]} ${m[4]}${ampm ? ` ${ampm}` : ''}`;
  const dt = DateTime.fromFormat(text, ampm ? 'MMM d yyyy h:mm a' : 'MMM d yyyy H:mm', { locale: LUXON_LOCALE, zone: 'UTC' });
  if (!dt.isValid) return undefined;
  return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute, end: from + m[0].length };
}
