// Timestamps: recognising them in text, resolving them to epoch ms in a zone, formatting them back.
// Zones and calendar arithmetic go through luxon (IANA zones, fixed offsets, DST); nothing here reads the clock.
import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';

/** The pieces of a timestamp as written; `length` is how many characters of the input it covers. */
export interface TimestampMatch {
  raw: string;
  index: number;               // where the timestamp starts in the searched string
  length: number;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  zone?: string;               // the zone text as written ('UTC', '+01:00', 'Europe/Berlin')
}

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

// Sticky pieces, tried in order at a position: cheap, no backtracking over the whole text.
const DATE_ISO = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/y;
const DATE_HAN = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/y;
const DATE_TIME_SEP = /(?:T|,?[ \t\u00a0]+|(?<=日))/y;
const TIME = /(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?|\s?h\s?(\d{2})(?!\d)|h(?![A-Za-z\u00c0-\u024f\d])|\s?[时時点點]\s?(\d{2})\s?分?)/y;
const ZONE = /[ \t\u00a0]*(\(?)[ \t\u00a0]*((?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|Z(?![A-Za-z])|UTC|GMT|[+\-\u2212]\d{2}:?\d{2}(?!\d)|[A-Z][A-Za-z_]+\/[A-Za-z_\-]+(?:\/[A-Za-z_\-]+)?)/y;

/** Cheap test: can a timestamp start at `s[i]`? (a digit) */
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

/**
 * Recognises a timestamp starting exactly at `from` in `s`. The shape is checked loosely (so "24:38" is still
 * recognised and later reported as invalid); `requireTime` rejects a date alone.
 */
export function matchTimestampAt(s: string, from = 0, requireTime = true): TimestampMatch | undefined {
  if (from >= s.length || !isDigit(s.charCodeAt(from))) return undefined;
  const m: TimestampMatch = { raw: '', index: from, length: 0 };
  let pos = from;
  DATE_ISO.lastIndex = pos;
  let d = DATE_ISO.exec(s);
  if (d) {
    m.year = +d[1]; m.month = +d[3]; m.day = +d[4];
  } else {
    DATE_HAN.lastIndex = pos;
    d = DATE_HAN.exec(s);
    if (d) { m.year = +d[1]; m.month = +d[2]; m.day = +d[3]; }
  }
  if (d) {
    pos = d.index + d[0].length;
    const afterDate = pos;
    DATE_TIME_SEP.lastIndex = pos;
    const sep = DATE_TIME_SEP.exec(s);
    if (sep) {
      TIME.lastIndex = pos + sep[0].length;
      const t = TIME.exec(s);
      if (t) { setTime(m, t); pos = t.index + t[0].length; }
    }
    if (m.hour === undefined) {
      if (requireTime) return undefined;
      pos = afterDate;
    }
  } else {
    TIME.lastIndex = pos;
    const t = TIME.exec(s);
    if (!t) return undefined;
    setTime(m, t);
    pos = t.index + t[0].length;
  }
  // Digits right after ("14:305") mean this was not a time.
  if (pos < s.length && isDigit(s.charCodeAt(pos))) return undefined;
  if (m.hour !== undefined) {
    ZONE.lastIndex = pos;
    const z = ZONE.exec(s);
    if (z) {
      let end = z.index + z[0].length;
      // "(UTC)" needs its closing parenthesis; without one the parenthesis is prose: "14:30 (approx.)".
      const closed = !z[1] || s.charAt(end) === ')';
      if (z[1] && closed) end++;
      if (closed && !/[A-Za-z0-9]/.test(s.charAt(end))) { m.zone = z[2]; pos = end; }
    }
  }
  m.length = pos - from;
  m.raw = s.slice(from, pos);
  return m;
}

function setTime(m: TimestampMatch, t: RegExpExecArray): void {
  m.hour = +t[1];
  m.minute = t[2] !== undefined ? +t[2] : t[5] !== undefined ? +t[5] : t[6] !== undefined ? +t[6] : 0;
  if (t[3] !== undefined) m.second = +t[3];
  if (t[4] !== undefined) m.millisecond = +t[4].padEnd(3, '0');
}

/** A luxon zone for a zone as written ('UTC', 'Z', 'GMT+2', '+01:00', '-0530', 'Europe/Berlin'), or undefined. */
const zoneCache = new Map<string, Zone | undefined>();

export function toZone(spec: string | undefined): Zone | undefined {
  if (spec === undefined) return undefined;
  const key = String(spec);
  if (zoneCache.has(key)) return zoneCache.get(key);
  const z = readZone(key);
  // Zone names are few; the cap only guards against a document full of made-up ones.
  if (zoneCache.size < 500) zoneCache.set(key, z);
  return z;
}

function readZone(spec: string): Zone | undefined {
  const s = String(spec).trim().replace(/\u2212/g, '-').replace(/\s+/g, '');
  if (!s) return undefined;
  if (/^(?:z|utc|gmt)$/i.test(s)) return FixedOffsetZone.utcInstance;
  let off = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(s);
  if (off && /^(?:utc|gmt)/i.test(s) === false && off[2].length !== 2) off = null; // bare "+1" is not an offset
  if (off) {
    const h = +off[2];
    const min = off[3] !== undefined ? +off[3] : 0;
    if (h > 18 || min > 59) return undefined;
    return FixedOffsetZone.parseSpecifier(`UTC${off[1]}${h}:${String(min).padStart(2, '0')}`) ?? undefined;
  }
  if (IANAZone.isValidZone(s)) return IANAZone.create(s);
  return undefined;
}

/** True when `spec` names a zone luxon can use. */
export function isValidZone(spec: string | undefined): boolean {
  return toZone(spec) !== undefined;
}

/** A zone name luxon accepts everywhere (`setZone`, `{ zone }`), for a valid spec; undefined otherwise. */
export function normalizeZone(spec: string | undefined): string | undefined {
  const z = toZone(spec);
  if (!z) return undefined;
  return z.name;
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
      const base = DateTime.fromMillis(opts.baseDate, { zone });
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
  const dt = DateTime.fromObject({ year, month, day, hour, minute, second, millisecond }, { zone });
  if (!dt.isValid) return { hasDate, hasZone, zone: zone.name, error: dt.invalidExplanation ?? dt.invalidReason ?? 'invalid date or time' };
  // luxon moves a time inside a DST gap forward; a written local time that does not exist is still a valid reading.
  return { at: dt.toMillis(), hasDate, hasZone, zone: zone.name };
}

/** Why a calendar date and wall-clock time cannot exist, or undefined when they can. */
function calendarError(year: number, month: number, day: number, hour: number, minute: number, second: number): string | undefined {
  if (!(year >= 1000 && year <= 9999)) return `year ${year} is out of range`;
  if (!(month >= 1 && month <= 12)) return `month ${month} does not exist`;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
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
    const iso = DateTime.fromISO(s, { zone: fallback, setZone: true });
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

function zoneLabel(dt: DateTime, zone: string): string {
  const name = dt.zoneName ?? zone;
  if (name === 'UTC' || name === 'Etc/UTC' || name === 'GMT') return 'UTC';
  return name;
}

function inZone(ms: number, zone: string): DateTime {
  const z = toZone(zone) ?? FixedOffsetZone.utcInstance;
  return DateTime.fromMillis(ms, { zone: z });
}

/** '14:30 UTC' (the time in `zone`, labelled with the zone). */
export function formatTime(ms: number, zone = 'UTC'): string {
  const dt = inZone(ms, zone);
  return `${dt.toFormat('HH:mm')} ${zoneLabel(dt, zone)}`;
}

/** '2026-11-22 14:30 UTC'. */
export function formatDateTime(ms: number, zone = 'UTC'): string {
  const dt = inZone(ms, zone);
  return `${dt.toFormat('yyyy-MM-dd HH:mm')} ${zoneLabel(dt, zone)}`;
}

/** Minutes from `a` to `b` (negative when b is earlier). */
export function minutesBetween(a: number, b: number): number {
  return (b - a) / 60_000;
}

/** Adds elapsed minutes (an instant plus a duration: no zone involved). */
export function addMinutes(ms: number, minutes: number): number {
  return ms + minutes * 60_000;
}

/** Adds one calendar day in `zone`. */
export function addDays(ms: number, days: number, zone = 'UTC'): number {
  return inZone(ms, zone).plus({ days }).toMillis();
}

/** '1 h 25 min', '40 min', '2 d 3 h': a compact duration for messages. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m || parts.length === 0) parts.push(`${m} min`);
  return parts.join(' ');
}
