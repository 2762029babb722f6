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

// Sticky pieces, tried in order at a position: cheap, no backtracking over the whole text. The ISO date
// `(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` and the date-time separator `(?:T|,?[ \t\u00a0]+|(?<=日))` are read by hand below.
const DATE_HAN = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/y;
const TIME = /(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?|\s?h\s?(\d{2})(?!\d)|h(?![A-Za-z\u00c0-\u024f\d])|\s?[时時点點]\s?(\d{2})\s?分?)/y;
const ZONE = /[ \t\u00a0]*(\(?)[ \t\u00a0]*((?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|Z(?![A-Za-z])|UTC|GMT|[+\-\u2212]\d{2}:?\d{2}(?!\d)|[A-Z][A-Za-z_]+\/[A-Za-z_\-]+(?:\/[A-Za-z_\-]+)?)/y;

/** Cheap test: can a timestamp start at `s[i]`? (a digit) */
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isAsciiAlnum(c: number): boolean { return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

/**
 * Recognises a timestamp starting exactly at `from` in `s`. The shape is checked loosely (so "24:38" is still
 * recognised and later reported as invalid); `requireTime` rejects a date alone.
 */
export function matchTimestampAt(s: string, from = 0, requireTime = true): TimestampMatch | undefined {
  if (from >= s.length || !isDigit(s.charCodeAt(from))) return undefined;
  const m: TimestampMatch = { raw: '', index: from, length: 0 };
  let pos = from;
  let dateEnd = -1;
  // Both date forms start with four digits: a bare "14:05" skips them.
  if (isDigit(s.charCodeAt(from + 1)) && isDigit(s.charCodeAt(from + 2)) && isDigit(s.charCodeAt(from + 3))) {
    dateEnd = isoDateAt(s, from, m);
    if (dateEnd === -1) {
      DATE_HAN.lastIndex = pos;
      const d = DATE_HAN.exec(s);
      if (d) { m.year = +d[1]; m.month = +d[2]; m.day = +d[3]; dateEnd = d.index + d[0].length; }
    }
  }
  if (dateEnd !== -1) {
    pos = dateEnd;
    const afterDate = pos;
    const sep = dateTimeSepAt(s, pos);
    if (sep !== -1) {
      const end = timeAt(s, pos + sep, m);
      if (end !== -1) pos = end;
    }
    if (m.hour === undefined) {
      if (requireTime) return undefined;
      pos = afterDate;
    }
  } else {
    const end = timeAt(s, pos, m);
    if (end === -1) return undefined;
    pos = end;
  }
  // Digits right after ("14:305") mean this was not a time.
  if (pos < s.length && isDigit(s.charCodeAt(pos))) return undefined;
  if (m.hour !== undefined) {
    let open = false, zone: string | undefined, zoneEnd = -1;
    const fast = utcAt(s, pos);
    if (fast >= 0) { zone = 'UTC'; zoneEnd = fast; }
    else if (fast === SLOW) {
      ZONE.lastIndex = pos;
      const z = ZONE.exec(s);
      if (z) { open = z[1] !== ''; zone = z[2]; zoneEnd = z.index + z[0].length; }
    }
    if (zone !== undefined) {
      let end = zoneEnd;
      // "(UTC)" needs its closing parenthesis; without one the parenthesis is prose: "14:30 (approx.)".
      const closed = !open || s.charAt(end) === ')';
      if (open && closed) end++;
      if (closed && !isAsciiAlnum(s.charCodeAt(end))) { m.zone = zone; pos = end; }
    }
  }
  m.length = pos - from;
  m.raw = s.slice(from, pos);
  return m;
}

// Hand-written readers for the common shapes, each exactly what its pattern matches (no match arrays to allocate:
// a long incident has tens of thousands of timestamps). SLOW means "not a common shape: ask the pattern".
const SLOW = -2;

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : -1;
}

/**
 * `(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` at `p` (the four digits already checked): sets the date, returns its end
 * or -1. A two-digit month not followed by the separator cannot match with one digit either (a digit is no separator).
 */
function isoDateAt(s: string, p: number, m: TimestampMatch): number {
  const sep = s.charCodeAt(p + 4);
  if (sep !== 45 && sep !== 47 && sep !== 46) return -1;
  let q = p + 5;
  let month = digitAt(s, q);
  if (month === -1) return -1;
  q++;
  const m2 = digitAt(s, q);
  if (m2 !== -1) { month = month * 10 + m2; q++; }
  if (s.charCodeAt(q) !== sep) return -1;
  q++;
  let day = digitAt(s, q);
  if (day === -1) return -1;
  q++;
  const d2 = digitAt(s, q);
  if (d2 !== -1) { day = day * 10 + d2; q++; }
  m.year = digitAt(s, p) * 1000 + digitAt(s, p + 1) * 100 + digitAt(s, p + 2) * 10 + digitAt(s, p + 3);
  m.month = month;
  m.day = day;
  return q;
}

function isBlankChar(c: number): boolean { return c === 32 || c === 9 || c === 0xa0; }

/** `(?:T|,?[ \t\u00a0]+|(?<=日))` at `p`: the separator's length, or -1. */
function dateTimeSepAt(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c === 84) return 1;
  const q = c === 44 ? p + 1 : p;
  let r = q;
  while (isBlankChar(s.charCodeAt(r))) r++;
  if (r > q) return r - p;
  return p > 0 && s.charCodeAt(p - 1) === 0x65e5 ? 0 : -1;
}

/** TIME at `p`: sets the time, returns its end or -1. "H:MM" and "HH:MM" (no seconds) are read by hand. */
function timeAt(s: string, p: number, m: TimestampMatch): number {
  const h0 = digitAt(s, p);
  if (h0 === -1) return -1;
  let hour = h0, q: number;
  const c1 = s.charCodeAt(p + 1);
  if (c1 === 58) q = p + 2;
  else if (c1 >= 48 && c1 <= 57 && s.charCodeAt(p + 2) === 58) { hour = h0 * 10 + (c1 - 48); q = p + 3; }
  else q = -1;
  if (q !== -1) {
    const a = digitAt(s, q), b = digitAt(s, q + 1);
    if (a !== -1 && b !== -1 && s.charCodeAt(q + 2) !== 58) {
      m.hour = hour;
      m.minute = a * 10 + b;
      return q + 2;
    }
  }
  TIME.lastIndex = p;
  const t = TIME.exec(s);
  if (!t) return -1;
  setTime(m, t);
  return t.index + t[0].length;
}

function isSign(c: number): boolean { return c === 43 || c === 45 || c === 0x2212; }

/**
 * ZONE at `p` when it is a plain "UTC" (optionally after blanks) that the offset form "UTC\s?[+-]…" cannot extend
 * (no sign in the next two characters): its end. -1 when ZONE cannot match (every alternative starts with "(", an
 * upper-case letter or a sign), SLOW otherwise.
 */
function utcAt(s: string, p: number): number {
  let q = p;
  while (isBlankChar(s.charCodeAt(q))) q++;
  const c = s.charCodeAt(q);
  if (c === 85 && s.charCodeAt(q + 1) === 84 && s.charCodeAt(q + 2) === 67) {
    return isSign(s.charCodeAt(q + 3)) || isSign(s.charCodeAt(q + 4)) ? SLOW : q + 3;
  }
  return c === 40 || (c >= 65 && c <= 90) || isSign(c) ? SLOW : -1;
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
  const hit = zoneCache.get(key);
  if (hit !== undefined || zoneCache.has(key)) return hit;
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

/** The instants luxon (like Date) can represent. */
const MAX_MS = 8.64e15;

/** Adds calendar days in `zone`. */
export function addDays(ms: number, days: number, zone = 'UTC'): number {
  const z = toZone(zone) ?? FixedOffsetZone.utcInstance;
  // A fixed offset has no DST: a calendar day is always 24 h (what luxon computes, without its slow path).
  const out = ms + days * 86_400_000;
  if (z.isUniversal && Number.isInteger(days) && Math.abs(ms) <= MAX_MS && Math.abs(out) <= MAX_MS) return out;
  return DateTime.fromMillis(ms, { zone: z }).plus({ days }).toMillis();
}

/** From this many minutes (four days) on, spans read in days and hours: nobody counts 162 hours. */
export const DAYS_FROM_MINUTES = 96 * 60;

/** Whole days and the rest rounded to hours (24 of them round up into a day): a long span, read coarsely. */
export function daysAndHours(minutes: number): { days: number; hours: number } {
  let days = Math.floor(minutes / 1440);
  let hours = Math.round((minutes % 1440) / 60);
  if (hours === 24) {
    days++;
    hours = 0;
  }
  return { days, hours };
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
