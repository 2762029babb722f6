// Resolving recognised timestamps to epoch ms in a zone (luxon for zones and DST), parsing whole values, and
// calendar arithmetic. Never throws; nothing here reads the clock.
import { DateTime, FixedOffsetZone, type Zone } from 'luxon';
import { matchTimestampAt, type TimestampMatch } from './recognise';
import { LUXON_LOCALE, toZone } from './zones';

export interface ResolvedTime {
  at?: number;
  hasDate: boolean;
  hasZone: boolean;
  /** The luxon zone name the time was read in (its own zone, else the document zone). */
  zone: string;
  error?: string;
}

export interface ParseTimeOptions {
  /** Zone for times written without one: IANA name, 'UTC' or an offset. Default 'UTC'. */
  zone?: string;
  /** Epoch ms whose calendar date (in the time's zone) a bare HH:MM takes. */
  baseDate?: number;
}

/** Resolves recognised pieces to epoch ms; never throws. */
export function resolveTimestamp(m: TimestampMatch, opts: ParseTimeOptions = {}): ResolvedTime {
  const fallbackZone = toZone(opts.zone) ?? FixedOffsetZone.utcInstance;
  const hasDate = m.year !== undefined;
  const hasZone = m.zone !== undefined;
  let zone: Zone = fallbackZone;
  if (hasZone) {
    const z = toZone(m.zone);
    if (!z) return { hasDate, hasZone, zone: fallbackZone.name, error: `unknown time zone "${m.zone}"` };
    zone = z;
  }
  let year = m.year, month = m.month, day = m.day;
  const utc = zone === FixedOffsetZone.utcInstance;
  if (!hasDate) {
    if (opts.baseDate === undefined || !Number.isFinite(opts.baseDate)) {
      return { hasDate, hasZone, zone: zone.name, error: 'a time without a date, and no earlier date to take it from' };
    }
    if (utc) {
      const b = new Date(opts.baseDate);
      year = b.getUTCFullYear(); month = b.getUTCMonth() + 1; day = b.getUTCDate();
    } else {
      const base = DateTime.fromMillis(opts.baseDate, { zone, locale: LUXON_LOCALE });
      if (!base.isValid) return { hasDate, hasZone, zone: zone.name, error: 'invalid base date' };
      year = base.year; month = base.month; day = base.day;
    }
  }
  const hour = m.hour ?? 0, minute = m.minute ?? 0, second = m.second ?? 0, millisecond = m.millisecond ?? 0;
  const invalid = calendarError(year!, month!, day!, hour, minute, second);
  if (invalid) return { hasDate, hasZone, zone: zone.name, error: invalid };
  if (utc) {
    // UTC has no offset to apply: the calendar fields are the instant (the common case, kept off luxon's slow path).
    return { at: Date.UTC(year!, month! - 1, day!, hour, minute, second, millisecond), hasDate, hasZone, zone: zone.name };
  }
  const dt = DateTime.fromObject({ year, month, day, hour, minute, second, millisecond }, { zone, locale: LUXON_LOCALE });
  if (!dt.isValid) return { hasDate, hasZone, zone: zone.name, error: dt.invalidExplanation ?? dt.invalidReason ?? 'invalid date or time' };
  // luxon moves a time inside a DST gap forward; a written local time that does not exist is still a valid reading.
  return { at: dt.toMillis(), hasDate, hasZone, zone: zone.name };
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a calendar date and wall-clock time cannot exist, or undefined when they can. */
function calendarError(year: number, month: number, day: number, hour: number, minute: number, second: number): string | undefined {
  if (!(year >= 1000 && year <= 9999)) return `year ${year} is out of range`;
  if (!(month >= 1 && month <= 12)) return `month ${month} does not exist`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : MONTH_DAYS[month - 1];
  if (!(day >= 1 && day <= days)) return `day ${day} does not exist in month ${month} of ${year}`;
  if (!(hour >= 0 && hour <= 23)) return `hour ${hour} is out of range (00-23)`;
  if (!(minute >= 0 && minute <= 59)) return `minute ${minute} is out of range (00-59)`;
  if (!(second >= 0 && second <= 59)) return `second ${second} is out of range (00-59)`;
  return undefined;
}

/** Parses a whole string as one timestamp (ISO 8601 included); trailing text makes it an error. */
export function parseTimestamp(raw: string, opts: ParseTimeOptions = {}): ResolvedTime {
  const fallback = toZone(opts.zone)?.name ?? 'UTC';
  const s = String(raw ?? '').trim();
  if (!s) return { hasDate: false, hasZone: false, zone: fallback, error: 'empty' };
  const m = matchTimestampAt(s, 0, false);
  if (!m || m.length !== s.length) {
    // Full ISO 8601 forms the pattern does not cover (week dates, ordinal dates).
    const iso = DateTime.fromISO(s, { zone: fallback, setZone: true, locale: LUXON_LOCALE });
    if (iso.isValid && /\d{4}-/.test(s)) {
      return { at: iso.toMillis(), hasDate: true, hasZone: /(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(s), zone: iso.zoneName ?? fallback };
    }
    return { hasDate: m?.year !== undefined, hasZone: false, zone: fallback, error: `"${s}" is not a date and time` };
  }
  return resolveTimestamp(m, opts);
}

/** Parses a front matter value: a YAML Date (already absolute) or a string. */
export function parseDateValue(v: unknown, zone: string): ResolvedTime | undefined {
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isFinite(t) ? { at: t, hasDate: true, hasZone: true, zone: 'UTC' } : { hasDate: true, hasZone: true, zone: 'UTC', error: 'invalid date' };
  }
  if (typeof v === 'string') return parseTimestamp(v, { zone });
  return undefined;
}

/** Adds elapsed minutes (an instant plus a duration: no zone involved). */
export function addMinutes(ms: number, minutes: number): number {
  return ms + minutes * 60_000;
}

/** The instants luxon (like Date) can represent. */
const MAX_MS = 8.64e15;

/** Adds calendar days in `zone`. */
export function addDays(ms: number, days: number, zone = 'UTC'): number {
  const z = toZone(zone) ?? FixedOffsetZone.utcInstance;
  // A fixed offset has no DST: a calendar day is always 24 h (what luxon computes, without its slow path).
  const out = ms + days * 86_400_000;
  if (z.isUniversal && Number.isInteger(days) && Math.abs(ms) <= MAX_MS && Math.abs(out) <= MAX_MS) return out;
  return DateTime.fromMillis(ms, { zone: z, locale: LUXON_LOCALE }).plus({ days }).toMillis();
}
