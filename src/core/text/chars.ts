// Character classes of the phrase syntax, tested one position at a time (what the phrase regexes' classes and
// lookarounds say there): the phrase engine and the name trie share them.

const WORD_CHAR = /[\p{L}\p{N}_]/uy;
const RUN_CHAR = /[\p{L}\p{N}-]/uy;

/** JavaScript's `\s` (what trim removes), as one UTF-16 unit. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A letter, digit or `_` (a whole code point) starts at `i`: what `[\p{L}\p{N}_]` matches there. */
export function wordCharAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(s);
}

/** A letter, digit or `_` ends right before `i` (one code point back, as a Unicode lookbehind reads). */
export function wordCharBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const low = s.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return wordCharAt(s, pair ? i - 2 : i - 1);
}

/** One letter, digit or hyphen at `i` (what `*word` may swallow before the word). */
export function isRunChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
  RUN_CHAR.lastIndex = i;
  return RUN_CHAR.test(s);
}

/** End of the run of letters, digits and hyphens that contains `i` (i itself when s[i] is not one). */
export function runEnd(s: string, i: number): number {
  let p = i;
  while (p < s.length && isRunChar(s, p)) p += s.codePointAt(p)! > 0xffff ? 2 : 1;
  return p;
}

/** Start of the run of letters, digits and hyphens that ends at `q` (not before `floor`). */
export function runStart(s: string, q: number, floor: number): number {
  let p = q;
  while (p > floor) {
    const lo = s.charCodeAt(p - 1);
    const pair = lo >= 0xdc00 && lo <= 0xdfff && p - 2 >= floor && (s.charCodeAt(p - 2) & 0xfc00) === 0xd800;
    const at = pair ? p - 2 : p - 1;
    if (!isRunChar(s, at)) break;
    p = at;
  }
  return p;
}
