// Recognising timestamps in text: the pieces as written ("2026-11-22 14:02 UTC", "14:05", "2026年11月22日 14时05分").
// Resolving them to instants is resolve.ts's job; nothing here reads the clock.
import { monthNameDateTimeAt } from './month-name';
import { ZONE_WORDS } from './zone-words';

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

// Sticky pieces, tried in order at a position: cheap, no backtracking over the whole text. The ISO date
// `(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` and the date-time separator `(?:T|[,:]?[ \t\u00a0]+|(?<=日))` are read by hand below.
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
  if (from >= s.length) return undefined;
  if (!isDigit(s.charCodeAt(from))) return monthNameTimestampAt(s, from) ?? zoneFirstTimestampAt(s, from, requireTime);
  // "23 Nov 2001 23:41:12 -0800", "23-Sep-2005 18:35 UTC": a day, then an English month name (checked only where a
  // blank, or a hyphen and a letter, follows the day).
  const afterDay = isDigit(s.charCodeAt(from + 1)) ? from + 2 : from + 1;
  if (isBlankChar(s.charCodeAt(afterDay)) || (s.charAt(afterDay) === '-' && /[A-Za-z]/.test(s.charAt(afterDay + 1)))) {
    const named = monthNameTimestampAt(s, from);
    if (named) return named;
  }
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
  } else {
    dateEnd = dottedDateAt(s, from, m);
  }
  if (dateEnd !== -1) {
    pos = dateEnd;
    const afterDate = pos;
    const sep = connectorAt(s, pos) || dateTimeSepAt(s, pos);
    if (sep !== -1) {
      const end = timeAt(s, pos + sep, m);
      if (end !== -1) pos = end;
    }
    if (m.hour === undefined) {
      // "2022年11月10日（星期四）香港時間9時55分": a weekday in brackets, then a zone word, before the clock.
      const end = weekdayZoneTimeAt(s, pos, m);
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
  if (m.hour !== undefined) pos = zoneAt(s, uhrAt(s, pos), m);
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

/**
 * The day-first dotted date of German-speaking (and much of Europe's) writing at `p`: "03.02.2023", "3.2.2023";
 * only with a four-digit year, so that "1.2.3" stays a version. Sets the date, returns its end or -1.
 */
function dottedDateAt(s: string, p: number, m: TimestampMatch): number {
  let q = p;
  let day = digitAt(s, q);
  if (day === -1) return -1;
  const d2 = digitAt(s, ++q);
  if (d2 !== -1) { day = day * 10 + d2; q++; }
  if (s.charCodeAt(q) !== 46) return -1;
  let month = digitAt(s, ++q);
  if (month === -1) return -1;
  const m2 = digitAt(s, ++q);
  if (m2 !== -1) { month = month * 10 + m2; q++; }
  if (s.charCodeAt(q) !== 46) return -1;
  q++;
  for (let k = 0; k < 4; k++) if (digitAt(s, q + k) === -1) return -1;
  if (isDigit(s.charCodeAt(q + 4))) return -1;
  m.year = digitAt(s, q) * 1000 + digitAt(s, q + 1) * 100 + digitAt(s, q + 2) * 10 + digitAt(s, q + 3);
  m.month = month;
  m.day = day;
  return q + 4;
}

// "03.02.2023 um 10:20", "04.01.2022 at 10:59", « 2026-11-22 à 14 h 05 »: a word between the date and the clock.
const CONNECTOR = /,?[ \t\u00a0]+(?:um|at|à|a las)[ \t\u00a0]+(?=\d)/y;

/** The length of a connector word between a date and its clock at `p`, or 0. */
function connectorAt(s: string, p: number): number {
  CONNECTOR.lastIndex = p;
  return CONNECTOR.test(s) ? CONNECTOR.lastIndex - p : 0;
}

// German writes "Uhr" after the clock ("10:20 Uhr"): part of the time, not the text after it.
const UHR = /[ \t\u00a0]*Uhr(?![\p{L}\p{N}])/uy;

/** Where "Uhr" after a clock at `p` ends, or `p`. */
function uhrAt(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c !== 85 && !isBlankChar(c)) return p; // neither "U" nor a blank: the common case, no regex run
  UHR.lastIndex = p;
  return UHR.test(s) ? UHR.lastIndex : p;
}

/** A status page's "Mar 21, 2025, 03:15 PM UTC": recognised only with its zone. */
function monthNameTimestampAt(s: string, from: number): TimestampMatch | undefined {
  const d = monthNameDateTimeAt(s, from);
  if (!d || (d.end < s.length && isDigit(s.charCodeAt(d.end)))) return undefined;
  const m: TimestampMatch = { raw: '', index: from, length: 0, year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute };
  let pos = zoneAt(s, d.end, m);
  if (m.zone === undefined) return undefined;
  if (d.yearAfterZone) {
    const year = /^[ \t\u00a0]+\d{4}/.exec(s.slice(pos, pos + 12));
    if (!year) return undefined;
    pos += year[0].length;
  }
  m.length = pos - from;
  m.raw = s.slice(from, pos);
  return m;
}

// A zone named in words (./zone-words.ts), longest first so that "MESZ" is not read as "MEZ"; brackets may be
// full-width: "14:05（北京时间）". Names match in any case ("heure de paris"), abbreviations only in capitals: « 14:05
// cet après-midi » is French for "this afternoon", not CET.
const ZONE_WORD_OF = new Map(ZONE_WORDS.map(([w, z]) => [w.toLowerCase(), z]));
const isAbbreviation = (w: string): boolean => /^[A-Z]+$/.test(w);
const zoneWordPattern = (abbreviations: boolean, flags: string): RegExp => {
  const words = ZONE_WORDS.map(([w]) => w).filter((w) => isAbbreviation(w) === abbreviations)
    .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
  return new RegExp(String.raw`[ \t\u00a0]*([(（]?)[ \t\u00a0]*(${words})([)）]?)`, flags);
};
const ZONE_NAME = zoneWordPattern(false, 'iuy');
const ZONE_ABBREVIATION = zoneWordPattern(true, 'uy');

/**
 * A zone word at `pos`: the zone it names and where it ends, or undefined when there is none (or a bracket is left
 * open). After a clock nothing word-like may follow ("MEZZO"); before one (`beforeClock`) its digits may
 * ("香港時間9時55分").
 */
function zoneWordAt(s: string, pos: number, beforeClock = false): { zone: string; end: number } | undefined {
  for (const re of [ZONE_NAME, ZONE_ABBREVIATION]) {
    re.lastIndex = pos;
    const z = re.exec(s);
    if (!z || (z[1] !== '') !== (z[3] !== '')) continue;
    const end = z.index + z[0].length;
    if ((beforeClock ? /\p{L}/u : /[\p{L}\p{N}]/u).test(s.charAt(end))) continue;
    const zone = ZONE_WORD_OF.get(z[2].replace(/\s+/g, ' ').toLowerCase());
    if (zone !== undefined) return { zone, end };
  }
  return undefined;
}

/** Where the blanks after `p` end. */
function skipBlanks(s: string, p: number): number {
  while (isBlankChar(s.charCodeAt(p))) p++;
  return p;
}

/**
 * A timestamp behind its zone word: "北京时间 2026-11-22 14:30", "香港時間9時55分". The zone the word names applies unless
 * the clock names its own.
 */
function zoneFirstTimestampAt(s: string, from: number, requireTime: boolean): TimestampMatch | undefined {
  const z = zoneWordAt(s, from, true);
  if (!z) return undefined;
  const start = skipBlanks(s, z.end);
  if (!isDigit(s.charCodeAt(start))) return undefined;
  const m = matchTimestampAt(s, start, requireTime);
  if (!m) return undefined;
  m.zone ??= z.zone;
  m.index = from;
  m.length = start + m.length - from;
  m.raw = s.slice(from, from + m.length);
  return m;
}

const WEEKDAY_HAN = /[ \t\u00a0]*[(（](?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）][ \t\u00a0]*/y;

/** After a Chinese date at `p`: a weekday in brackets, an optional zone word, then the clock; its end, or -1. */
function weekdayZoneTimeAt(s: string, p: number, m: TimestampMatch): number {
  WEEKDAY_HAN.lastIndex = p;
  const w = WEEKDAY_HAN.exec(s);
  if (!w) return -1;
  const q = p + w[0].length;
  const z = zoneWordAt(s, q, true);
  const end = timeAt(s, z ? skipBlanks(s, z.end) : q, m);
  if (end !== -1 && z) m.zone = z.zone;
  return end;
}

/** Reads a zone written right after a clock at `pos` into `m.zone`; returns where the timestamp ends. */
function zoneAt(s: string, pos: number, m: TimestampMatch): number {
  let open = false, zone: string | undefined, zoneEnd = -1;
  const fast = utcAt(s, pos);
  if (fast >= 0) { zone = 'UTC'; zoneEnd = fast; }
  else if (fast === SLOW) {
    ZONE.lastIndex = pos;
    const z = ZONE.exec(s);
    if (z) { open = z[1] !== ''; zone = z[2]; zoneEnd = z.index + z[0].length; }
  }
  if (zone === undefined) {
    const z = zoneWordAt(s, pos);
    if (!z) return pos;
    m.zone = z.zone;
    return z.end;
  }
  let end = zoneEnd;
  // "(UTC)" needs its closing parenthesis; without one the parenthesis is prose: "14:30 (approx.)".
  const closed = !open || s.charAt(end) === ')';
  if (open && closed) end++;
  if (!closed || isAsciiAlnum(s.charCodeAt(end))) return pos;
  m.zone = zone;
  return end;
}

function isBlankChar(c: number): boolean { return c === 32 || c === 9 || c === 0xa0; }

/**
 * `(?:T|[,:]?[ \t\u00a0]+|(?<=日))` at `p`: the separator's length, or -1. A colon before the blank is a label's
 * ("2026-11-22: 15:10 UTC", diag-27), as a comma is a list's.
 */
function dateTimeSepAt(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c === 84) return 1;
  const q = c === 44 || c === 58 ? p + 1 : p;
  const r = skipBlanks(s, q);
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
      return meridiemAt(s, q + 2, m);
    }
  }
  TIME.lastIndex = p;
  const t = TIME.exec(s);
  if (!t) return -1;
  setTime(m, t);
  return meridiemAt(s, t.index + t[0].length, m);
}

/** A 12-hour clock's "pm" / "a.m." after its time; group 1 is the a or p. */
export const MERIDIEM_SOURCE = String.raw`\s?([ap])\.?\s?m\b\.?`;
const MERIDIEM = new RegExp(MERIDIEM_SOURCE, 'iy');

/**
 * A 12-hour clock's "pm" / "a.m." right after the time ("3:30 PM UTC", "11:05am"): 3:30 PM is 15:30, 12:10 am is
 * 00:10. Returns the end past it (the time's end when there is none, or when the hour is no 12-hour hour).
 */
function meridiemAt(s: string, end: number, m: TimestampMatch): number {
  if (m.hour === undefined || m.hour < 1 || m.hour > 12) return end;
  MERIDIEM.lastIndex = end;
  const x = MERIDIEM.exec(s);
  if (!x) return end;
  m.hour = (m.hour % 12) + (x[1].toLowerCase() === 'p' ? 12 : 0);
  return end + x[0].length;
}

function isSign(c: number): boolean { return c === 43 || c === 45 || c === 0x2212; }

/**
 * ZONE at `p` when it is a plain "UTC" (optionally after blanks) that the offset form "UTC\s?[+-]…" cannot extend
 * (no sign in the next two characters): its end. -1 when ZONE cannot match (every alternative starts with "(", an
 * upper-case letter or a sign), SLOW otherwise.
 */
function utcAt(s: string, p: number): number {
  const q = skipBlanks(s, p);
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

/**
 * The zone a label names, for a column of times: "Time (UTC)", "Zeit (MEZ)", "時間 (UTC+8)", "Heure de Paris". Read
 * at the start of each word, as after a clock; undefined when the label names none.
 */
export function zoneInLabel(label: string): string | undefined {
  const m: TimestampMatch = { raw: '', index: 0, length: 0 };
  for (let p = 0; p < label.length; p++) {
    if (p > 0 && /[\p{L}\p{N}]/u.test(label.charAt(p - 1)) && /[\p{L}\p{N}]/u.test(label.charAt(p))) continue;
    if (zoneAt(label, p, m) > p && m.zone !== undefined) return m.zone;
  }
  return undefined;
}
