// Timestamps at the start of a heading, list item or table cell, possibly wrapped in emphasis or brackets
// ("**14:05**", "[14:05]", "`14:05`").
import { matchTimestampAt, resolveTimestamp, type ResolvedTime, type TimestampMatch } from '../time';

export interface LeadingStamp {
  match: TimestampMatch;
  start: number;     // index of the timestamp in the string
  end: number;       // just past the timestamp
  rest: number;      // just past the timestamp, its closing wrappers and the separator after it
}

const OPENERS = /^[*_`[(]{0,3}/;
const SEPARATOR = /^[*_`\])]{0,3}(?:\s*(?:—|–|-{1,2}|\||:|：|~|·|,|，)\s*|\s+|$)/;

/** A timestamp at the very start of `s` (after optional wrappers), followed by a separator or the end. */
export function leadingTimestamp(s: string, from = 0, requireSeparator = true): LeadingStamp | undefined {
  const open = OPENERS.exec(s.slice(from, from + 3))![0].length;
  const start = from + open;
  const match = matchTimestampAt(s, start, true);
  if (!match) return undefined;
  const end = start + match.length;
  const sep = SEPARATOR.exec(s.slice(end, end + 12));
  if (!sep) {
    if (requireSeparator || /[\p{L}\p{N}]/u.test(s.charAt(end))) return undefined;
    return { match, start, end, rest: end };
  }
  return { match, start, end, rest: end + sep[0].length };
}

/** Resolves a recognised stamp; a time without a date takes the date of `baseDate` in the zone used. */
export function resolveStamp(m: TimestampMatch, zone: string, baseDate: number | undefined): ResolvedTime {
  return resolveTimestamp(m, { zone, baseDate });
}
