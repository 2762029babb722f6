// Timestamps at the start of a heading, list item or table cell, possibly wrapped in emphasis or brackets
// ("**14:05**", "[14:05]", "`14:05`").
import type { Range, Timestamp } from '../types';
import { matchTimestampAt, resolveTimestamp, type ResolvedTime, type TimestampMatch } from '../time';

export interface LeadingStamp {
  match: TimestampMatch;
  start: number;     // index of the timestamp in the string
  end: number;       // just past the timestamp
  rest: number;      // just past the timestamp, its closing wrappers and the separator after it
}

/** Up to three of * _ ` [ ( before the timestamp. */
function isOpener(c: number): boolean { return c === 42 || c === 95 || c === 96 || c === 91 || c === 40; }

/**
 * Length of what follows a timestamp: closing wrappers, then a separator between optional spaces, or spaces, or
 * the end. Reads exactly what `^[*_`\])]{0,3}(?:\s*(?:—|–|-{1,2}|\||:|：|~|·|,|，)\s*|\s+|$)` matches in the 12
 * characters after `end` (-1 for no match), without slicing them out: it runs for every timestamp of a document.
 * Taking fewer wrappers never helps that pattern (a wrapper is neither a space nor a separator), so none is retried.
 */
function separatorLength(s: string, end: number): number {
  const w = Math.min(end + 12, s.length);
  let q = end;
  while (q < w && q < end + 3 && isCloser(s.charCodeAt(q))) q++;
  let r = q;
  while (r < w && isJsSpace(s.charCodeAt(r))) r++;
  if (r < w) {
    const c = s.charCodeAt(r);
    if (isSeparator(c)) {
      r++;
      if (c === 45 && r < w && s.charCodeAt(r) === 45) r++;
      while (r < w && isJsSpace(s.charCodeAt(r))) r++;
      return r - end;
    }
  }
  if (r > q) return r - end;
  return q === w ? q - end : -1;
}

function isCloser(c: number): boolean { return c === 42 || c === 95 || c === 96 || c === 93 || c === 41; }

/** — – - | : ： ~ · , ， */
function isSeparator(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 45 || c === 124 || c === 58 || c === 0xff1a || c === 126 || c === 0xb7
    || c === 44 || c === 0xff0c;
}

/** What `\s` matches in a JavaScript regular expression. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A timestamp at the very start of `s` (after optional wrappers), followed by a separator or the end. */
export function leadingTimestamp(s: string, from = 0, requireSeparator = true): LeadingStamp | undefined {
  let start = from;
  while (start < from + 3 && isOpener(s.charCodeAt(start))) start++;
  const match = matchTimestampAt(s, start, true);
  if (!match) return undefined;
  const end = start + match.length;
  const sep = separatorLength(s, end);
  if (sep === -1) {
    if (requireSeparator || /[\p{L}\p{N}]/u.test(s.charAt(end))) return undefined;
    return { match, start, end, rest: end };
  }
  return { match, start, end, rest: end + sep };
}

/**
 * The model's Timestamp for a resolved time: `at` and `error` only when known. Built in one literal (keys in the
 * same order as adding them one by one) so that thousands of them cost no property-store growth.
 */
export function makeTimestamp(raw: string, range: Range, r: ResolvedTime): Timestamp {
  const { hasDate, hasZone, at, error } = r;
  if (at !== undefined) return error ? { raw, range, hasDate, hasZone, at, error } : { raw, range, hasDate, hasZone, at };
  return error ? { raw, range, hasDate, hasZone, error } : { raw, range, hasDate, hasZone };
}

/** Resolves a recognised stamp; a time without a date takes the date of `baseDate` in the zone used. */
export function resolveStamp(m: TimestampMatch, zone: string, baseDate: number | undefined): ResolvedTime {
  return resolveTimestamp(m, { zone, baseDate });
}
