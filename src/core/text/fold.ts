// Folding: the one text form phrases are matched in. Text and phrases are both folded (lower case, accents stripped,
// curly apostrophes made straight), one UTF-16 unit for one unit, so an offset in the folded text is the same offset
// in the source. `prepare` also blanks what is not prose (comments, emphasis marks, optionally code and quotations).
import { maskComments } from './comments';

function foldChar(ch: string): string {
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') return "'";
  // Traditional Chinese writes Taiwan both ways (臺灣 officially, 台灣 commonly; 臺電 and 台電 are one company).
  if (ch === '臺') return '台';
  const lower = ch.toLowerCase();
  const base = lower.length === ch.length ? lower : ch;
  const stripped = base.normalize('NFD').replace(/\p{M}+/gu, '');
  return stripped.length === base.length ? stripped : base;
}

// Folded code unit of every non-ASCII UTF-16 unit, filled on first use (0: not computed yet). A single unit folds to
// a single unit, so a table beats a Map of strings on long documents.
const foldTable = new Uint16Array(0x10000);

function foldCode(c: number): number {
  let f = foldTable[c];
  if (f === 0) {
    f = foldChar(String.fromCharCode(c)).charCodeAt(0);
    foldTable[c] = f;
  }
  return f;
}

const NON_ASCII = /[^\x00-\x7f]/;

// Per non-ASCII unit: 1 when folding leaves it as it is and so does the native lower-casing of a string holding it
// (not a surrogate: a whole-string toLowerCase works on code points); 2 otherwise; 0 not computed yet.
const keepTable = new Uint8Array(0x10000);

function keeps(c: number): boolean {
  let k = keepTable[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = (c & 0xf800) !== 0xd800 && foldCode(c) === c && ch.toLowerCase() === ch ? 1 : 2;
    keepTable[c] = k;
  }
  return k === 1;
}

/** Lower case without accents, same length as `s` (offsets stay valid). */
export function fold(s: string): string {
  // ASCII: folding is plain lower case.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  // Runs of ASCII and unchanged units are lower-cased natively (the same, unit for unit); only the units folding
  // changes are mapped one by one. Most non-ASCII text is Chinese or has a few accents.
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || keeps(c)) continue;
    if (i > last) out += s.slice(last, i).toLowerCase();
    out += String.fromCharCode(foldCode(c));
    last = i + 1;
  }
  return last === 0 ? s.toLowerCase() : last < s.length ? out + s.slice(last).toLowerCase() : out;
}

/** Replaces the characters of [start, end) with spaces (newlines kept). */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

export interface PrepareOptions {
  /** Blank inline quotations ("…", “…”, «…», „…“, 「…」): quoted words are not our voice. */
  quotes?: boolean;
  /** Blank inline code spans (`…`). */
  code?: boolean;
}

/**
 * What `prepare` may change before folding: a comment, a code span or emphasis mark, a Markdown link's brackets and
 * address, and (`MASKED_Q`) a quotation.
 */
const MASKED = /<!--|[*_~`]|\]\(/;
export const MASKED_Q = /<!--|[*_~`"“«„‚「『‹]|\]\(/;

/** An inline Markdown link, its text captured: read by its text, not its brackets and address ("an [outage](…)"). */
export const MARKDOWN_LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;

/** Source text ready for matching: comments blanked, emphasis marks made spaces, optional masks, then folded. */
export function prepare(text: string, opts: PrepareOptions = {}): string {
  // Most blocks have nothing to mask: one scan for every opening character, then only the fold.
  if (!(opts.quotes ? MASKED_Q : MASKED).test(text)) return fold(text);
  // Each step is skipped when its opening character is absent: most blocks have no comment, code span or quotation.
  let s = maskComments(text);
  if (opts.code && s.includes('`')) s = s.replace(/`[^`\n]*`/g, blank);
  // Links first: an address often holds underscores ("wiki/Bypass_your_cache"), and blanking them would split it.
  if (s.includes('](')) s = s.replace(MARKDOWN_LINK, (link: string, words: string) => ` ${words}${blank(link.slice(words.length + 1))}`);
  s = s.replace(/[*_~`]/g, ' ');
  if (opts.quotes) s = maskQuotes(s);
  return fold(s);
}

/** Each quotation pattern with its opening character (a cheap test before the regex). */
const QUOTES: [string, RegExp][] = [
  ['"', /"[^"\n]{1,400}"/g], ['“', /“[^”\n]{1,400}”/g], ['«', /«[^»\n]{1,400}»/g], ['„', /„[^“”\n]{1,400}[“”]/g],
  ['‚', /‚[^‘’\n]{1,400}[‘’]/g], ['「', /「[^」\n]{1,400}」/g], ['『', /『[^』\n]{1,400}』/g], ['‹', /‹[^›\n]{1,400}›/g],
];

/** Blanks inline quotations, keeping length. */
function maskQuotes(s: string): string {
  let out = s;
  for (const [open, re] of QUOTES) if (out.includes(open)) out = out.replace(re, blank);
  return out;
}
