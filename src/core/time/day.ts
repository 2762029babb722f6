// The calendar day a text starts with, written in digits ("2009-04-28") or with a month name ("28 Apr 2009").
import { monthNameDayAt, type WrittenDay } from './month-name';
import { matchTimestampAt } from './recognise';

/**
 * The day a text names at its start and where what was read ends (a clock after the date included), or undefined when
 * it starts with no date: a heading's day for ordering posts, a date-only heading part that gives a clock its day.
 */
export function dayAtStart(s: string): WrittenDay | undefined {
  const m = matchTimestampAt(s, 0, false);
  if (!m) return monthNameDayAt(s, 0);
  return m.year !== undefined && m.month !== undefined && m.day !== undefined
    ? { year: m.year, month: m.month, day: m.day, end: m.length }
    : undefined;
}
