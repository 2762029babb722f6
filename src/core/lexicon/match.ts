// Phrase matching for the language rules, with word boundaries that work per script.
//
// Text and phrases are both *folded* first (lower case, accents stripped, curly apostrophes made straight), one
// UTF-16 unit for one unit, so an offset in the folded text is the same offset in the source.
//
// Phrase syntax (lexicon data):
// - words separated by spaces; a space matches any run of whitespace or a hyphen ("third party" = "third-party");
// - `word*`: the word may go on ("apolog*" matches apologise, apologies; "unser*" matches unserem, unseres);
// - `*word`: the word may start inside a longer word, German compounds ("*ausfall" matches Providerausfall, AWS-Ausfall);
// - `…`: a short gap inside the same sentence (up to 4 words, or 12 characters of Chinese): "hätte … sollen",
//   "应该…却没有";
// - Latin words must stand alone (no letter or digit on either side), so "ups" never matches "backups", and French
//   elision works by itself: "l'erreur humaine" contains the phrase "erreur humaine" because `'` is a break.
// - Han phrases (Chinese has no spaces) match anywhere.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

function foldChar(ch: string): string {
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') return "'";
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

/** What `prepare` may change before folding: a comment, a code span or emphasis mark, and (`MASKED_Q`) a quotation. */
const MASKED = /<!--|[*_~`]/;
export const MASKED_Q = /<!--|[*_~`"“«„‚「『‹]/;

/** Source text ready for matching: comments blanked, emphasis marks made spaces, optional masks, then folded. */
export function prepare(text: string, opts: PrepareOptions = {}): string {
  // Most blocks have nothing to mask: one scan for every opening character, then only the fold.
  if (!(opts.quotes ? MASKED_Q : MASKED).test(text)) return fold(text);
  // Each step is skipped when its opening character is absent: most blocks have no comment, code span or quotation.
  let s = text.includes('<!--') ? text.replace(/<!--[\s\S]*?-->/g, blank) : text;
  if (opts.code && s.includes('`')) s = s.replace(/`[^`\n]*`/g, blank);
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
export function maskQuotes(s: string): string {
  let out = s;
  for (const [open, re] of QUOTES) if (out.includes(open)) out = out.replace(re, blank);
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LATIN_GAP = String.raw`(?:[\s-]+[^\s.!?;:,]+){0,4}?[\s-]+`;
const HAN_GAP = String.raw`[^。！？；!?.;\n]{0,12}?`;

function wordSource(word: string): string {
  const prefix = word.length > 1 && word.startsWith('*');
  const suffix = word.length > 1 && word.endsWith('*');
  const core = word.replace(/^\*|\*$/g, '');
  let src = escape(core).replace(/'/g, "['’]\\s?");
  if (prefix) src = String.raw`[\p{L}\p{N}-]*` + src;
  if (suffix) src += String.raw`[\p{L}\p{N}]*`;
  return src;
}

/** The regex source of one phrase: whether it needs a word start before it, and the rest. */
function phraseParts(phrase: string): { bounded: boolean; rest: string } {
  const p = fold(phrase.trim()).replace(/\.\.\./g, '…');
  const han = HAN.test(p);
  const parts = p.split('…').map((part) => part.trim());
  const body = parts
    .map((part) => {
      if (han) return part.split(/\s+/).map(escape).join('\\s*');
      return part.split(/[\s]+/).filter(Boolean).map(wordSource).join('[\\s-]+');
    })
    .join(han ? HAN_GAP : LATIN_GAP);
  if (han) return { bounded: false, rest: body };
  const first = p.charAt(0);
  const last = p.charAt(p.length - 1);
  const after = last === '*' || !/[\p{L}\p{N}]/u.test(last) ? '' : '(?![\\p{L}\\p{N}_])';
  return { bounded: !(first === '*' || !/[\p{L}\p{N}]/u.test(first)), rest: `${body}${after}` };
}

const WORD_START = '(?<![\\p{L}\\p{N}_])';

/** The regex source of one phrase (folded on the way). */
export function phraseSource(phrase: string): string {
  const { bounded, rest } = phraseParts(phrase);
  return bounded ? `${WORD_START}${rest}` : rest;
}

/**
 * One regex for a whole list. The word-start lookbehind is written once in front of the bounded alternatives instead
 * of once per phrase: evaluated at every position for every phrase it made long documents slow.
 */
function listSource(list: readonly string[]): string {
  const parts = list.map(phraseParts);
  const bounded = parts.filter((x) => x.bounded).map((x) => x.rest);
  const free = parts.filter((x) => !x.bounded).map((x) => x.rest);
  const alts: string[] = [];
  if (bounded.length) alts.push(`${WORD_START}(?:${bounded.join('|')})`);
  alts.push(...free);
  return alts.join('|');
}

export interface Hit { index: number; length: number; text: string }

/**
 * A literal every match of the phrase contains in folded text: the longest wildcard-free piece of its words
 * (apostrophes, spaces and gaps match more than one form, so pieces stop there). Empty when there is none.
 */
function needle(phrase: string): string {
  const p = fold(phrase.trim()).replace(/\.\.\./g, '…');
  let best = '';
  for (const word of p.split(/[\s…]+/)) {
    const core = word.replace(/^\*|\*$/g, ''); // as in wordSource
    for (const piece of core.split("'")) if (piece.length > best.length) best = piece;
  }
  return best;
}

/**
 * Where a match of the phrase can start, as a literal (folded): the first word's wildcard-free head up to an
 * apostrophe. `star`: the first word is `*word`, so a match starts at the beginning of the run of letters, digits and
 * hyphens that ends at this literal. Empty when the phrase starts with something else (a gap, a lone `*`).
 * `src` (non-star phrases): a plain regex source that matches at least wherever the phrase does (`plainSuperset`),
 * so the positions it finds include every start of a real match; a word-bounded phrase whose literal starts with an
 * ASCII word character gets `\b` in front (an ASCII word character before it fails the phrase's own `\p{L}\p{N}_`
 * lookbehind), so short starters ("in", "n'") are not tried inside every longer word.
 */
function starter(phrase: string): { lit: string; star: boolean; src: string; bound: boolean } {
  const p = fold(phrase.trim()).replace(/\.\.\./g, '…');
  const first = p.split('…')[0].trim().split(/\s+/)[0] ?? '';
  const { bounded, rest } = phraseParts(phrase);
  if (HAN.test(p)) {
    const lit = first.split("'")[0];
    return { lit, star: false, src: plainSuperset(rest) ?? escape(lit), bound: false };
  }
  const star = first.length > 1 && first.startsWith('*');
  const core = first.replace(/^\*|\*$/g, ''); // as in wordSource
  const lit = core.split("'")[0];
  // `bound`: the source goes behind a `\b` (written once for all of them by `PhraseSet`).
  return { lit, star, src: plainSuperset(rest) ?? escape(lit), bound: bounded && /^\w/.test(lit) };
}

/**
 * A plain (no Unicode flag, no lookaround) regex source that matches wherever the phrase source `rest` does, and
 * maybe more: letter classes become "not a space", the trailing word-end check goes, the Han gap counts code units.
 * Without the Unicode flag V8 runs it a few times faster, and it finds far fewer candidates than the starter alone.
 * Undefined when something else Unicode-only is left.
 */
function plainSuperset(rest: string): string | undefined {
  const src = rest
    .split('(?![\\p{L}\\p{N}_])').join('')
    .split('[\\p{L}\\p{N}-]*').join('[^\\s]*')
    .split('[\\p{L}\\p{N}]*').join('[^\\s-]*')
    .split(HAN_GAP).join(HAN_GAP.replace('{0,12}?', '{0,24}?'));
  return src.includes('\\p{') || src.includes('\\u{') || src === '' ? undefined : src;
}

/**
 * Alternatives that start with the same plain word character share it: `a(?:x|y)` instead of `ax|ay`. The same
 * positions match, and V8 tries one character per group at each position instead of every alternative (~20% faster
 * scans of the long starter lists). An alternative whose first character is followed by a quantifier stays as it is.
 */
function byFirstChar(srcs: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  const out: string[] = [];
  for (const src of srcs) {
    if (!/^[a-z0-9_](?![*+?{])/.test(src)) {
      out.push(src);
      continue;
    }
    const g = groups.get(src[0]);
    if (g) g.push(src.slice(1));
    else groups.set(src[0], [src.slice(1)]);
  }
  for (const [c, g] of groups) out.push(g.length === 1 ? c + g[0] : `${c}(?:${g.join('|')})`);
  return out;
}

/** One letter, digit or hyphen at `lastIndex` (what `*word` may swallow before the word). */
const RUN_CHAR = /[\p{L}\p{N}-]/uy;

function isRunChar(s: string, i: number): boolean {
  RUN_CHAR.lastIndex = i;
  return RUN_CHAR.test(s);
}

/** Start of the run of letters, digits and hyphens that ends at `q` (not before `floor`). */
function runStart(s: string, q: number, floor: number): number {
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

/** End of the run of letters, digits and hyphens that contains `i` (i itself when s[i] is not one). */
function runEnd(s: string, i: number): number {
  let p = i;
  while (p < s.length && isRunChar(s, p)) p += s.codePointAt(p)! > 0xffff ? 2 : 1;
  return p;
}

/**
 * The next match of a plain global regex at or after an offset, remembering the last answer: the rules ask sentence
 * after sentence of one text, and a search that ran past a sentence's end to find nothing (or a later hit) gives the
 * same answer for every offset up to that hit. Without it, each sentence rescanned the rest of its block.
 */
class NextFinder {
  private text: string | undefined;
  private from = 0;
  private index = -1; // -1: none at or after `from`
  private end = 0;

  constructor(private readonly re: RegExp) {}

  /** Offset of the leftmost match at or after `from` (-1: none); its end is then `this.lastEnd`. */
  next(text: string, from: number): number {
    if (text === this.text && from >= this.from && (this.index === -1 || from <= this.index)) return this.index;
    const re = this.re;
    re.lastIndex = from;
    const m = re.exec(text);
    this.text = text;
    this.from = from;
    this.index = m ? m.index : -1;
    this.end = m ? m.index + m[0].length : 0;
    return this.index;
  }

  get lastEnd(): number {
    return this.end;
  }
}

/** A compiled list of phrases: finds them in folded text. */
export class PhraseSet {
  private readonly re: RegExp;
  /** The same regex, sticky: confirms a match at one candidate position. */
  private readonly sticky: RegExp;
  /**
   * Plain alternation of the phrases' needles (no Unicode flag, no lookarounds): a range without any needle has no
   * match, so the costly regex only runs where a phrase may be. Undefined when some phrase has no needle.
   */
  private readonly needles: NextFinder | undefined;
  /**
   * Plain alternations of the phrases' starters (see `starter`): every match starts where the plain one matches, or at
   * the run start before a star literal. The Unicode regex then runs sticky at those few positions only instead of at
   * every character (it costs tens of ns per character). Not used (`scan` false) when some phrase has no starter.
   */
  private readonly plainStarts: NextFinder | undefined;
  private readonly starStarts: NextFinder | undefined;
  private readonly scan: boolean;
  readonly empty: boolean;

  constructor(phrases: readonly string[]) {
    const list = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    this.empty = list.length === 0;
    const source = this.empty ? '(?!)' : listSource(list);
    this.re = new RegExp(source, 'gu');
    this.sticky = new RegExp(source, 'uy');
    const needles = [...new Set(list.map(needle))];
    this.needles = this.empty || needles.includes('') ? undefined : new NextFinder(new RegExp(needles.map(escape).join('|'), 'g'));
    const starters = list.map(starter);
    this.scan = !this.empty && starters.every((x) => x.lit !== '');
    const alternation = (srcs: string[]) => (srcs.length ? new NextFinder(new RegExp([...new Set(srcs)].join('|'), 'g')) : undefined);
    // One `\b` in front of a group of the word-bounded starters instead of one per alternative: the same positions
    // match (order inside an alternation only picks among matches at one position), and V8 scans it ~3x faster.
    const plain = starters.filter((x) => !x.star);
    const bound = [...new Set(plain.filter((x) => x.bound).map((x) => x.src))];
    const free = plain.filter((x) => !x.bound).map((x) => x.src);
    this.plainStarts = alternation([...(bound.length ? [`\\b(?:${byFirstChar(bound).join('|')})`] : []), ...free]);
    this.starStarts = alternation(starters.filter((x) => x.star).map((x) => escape(x.lit)));
  }

  /** False when no needle lies wholly inside [from, to): then no match does either. */
  private mayMatch(folded: string, from: number, to: number): boolean {
    const n = this.needles;
    if (!n) return true;
    return n.next(folded, from) !== -1 && n.lastEnd <= to;
  }

  /**
   * The needle look before a search: only without candidate starts. With them (`scan`), the starter scan finds nothing
   * where no needle is, at about the same cost per character, so looking for needles first was a second pass.
   */
  private worthScanning(folded: string, from: number, to: number): boolean {
    return this.scan || this.mayMatch(folded, from, to);
  }

  /**
   * The leftmost match starting at or after `from` (what `re` finds from `from`), when it ends by `to`; undefined
   * otherwise. Only candidate starts are tried, in order, with the sticky regex.
   */
  private leftmost(folded: string, from: number, to: number): RegExpExecArray | undefined {
    if (!this.scan) {
      const re = this.re;
      re.lastIndex = from;
      const m = re.exec(folded);
      return m && m.index + m[0].length <= to ? m : undefined;
    }
    // Candidates are tried in order as they are found (the two streams merged, each non-decreasing), so a search
    // stops at its first match instead of collecting every candidate up to `to` first.
    const plain = this.plainStarts;
    const star = this.starStarts;
    // Next plain candidate (every position where a starter begins: restart one after each, starters may overlap).
    let p = plain ? plain.next(folded, from) : -1;
    if (p >= to) p = -1;
    // A `*word` match may start before `to` and reach past it: look as far as the run that holds `to` goes.
    const limit = star ? (to < folded.length ? runEnd(folded, to) : to) : 0;
    // Next star candidate: the start of the run of letters before a star literal. Run starts never go down as the
    // literal moves right, so once one lies at or after `to` every later one does too.
    let q = star ? star.next(folded, from) : -1;
    let s = -1;
    if (q !== -1 && q <= limit) {
      s = runStart(folded, q, from);
      if (s >= to) s = -1;
    }
    const re = this.sticky;
    while (p !== -1 || s !== -1) {
      const at = p === -1 ? s : s === -1 ? p : Math.min(p, s);
      re.lastIndex = at;
      const m = re.exec(folded);
      if (m) return m.index + m[0].length <= to ? m : undefined;
      if (p === at) {
        p = plain!.next(folded, at + 1);
        if (p >= to) p = -1;
      }
      // Several literals may share one run start: skip them all.
      while (s === at) {
        q = star!.next(folded, q + 1);
        if (q === -1 || q > limit) s = -1;
        else {
          s = runStart(folded, q, from);
          if (s >= to) s = -1;
        }
      }
    }
    return undefined;
  }

  /**
   * False when no match can lie in [from, to) (a cheap look for the phrases' literals, or the search itself over a
   * whole text); true says nothing. Lets a rule skip a text's sentences when none of them can match.
   */
  mayOccur(folded: string, from = 0, to = folded.length): boolean {
    if (this.empty) return false;
    // Over a whole text, with candidate starts, the search itself is the cheaper look (the starter scan runs faster
    // than the needle scan, and later searches reuse its position), and exact: no match here means none anywhere.
    if (this.scan && to === folded.length) return this.leftmost(folded, from, to) !== undefined;
    return this.mayMatch(folded, from, to);
  }

  /** Every non-overlapping match in `folded`, left to right. */
  all(folded: string, from = 0, to = folded.length): Hit[] {
    if (this.empty || !this.worthScanning(folded, from, to)) return [];
    const out: Hit[] = [];
    let at = from;
    let m: RegExpExecArray | undefined;
    while ((m = this.leftmost(folded, at, to)) !== undefined) {
      if (m[0].length === 0) {
        at = m.index + 1;
        continue;
      }
      out.push({ index: m.index, length: m[0].length, text: m[0] });
      at = m.index + m[0].length;
    }
    return out;
  }

  first(folded: string, from = 0, to = folded.length): Hit | undefined {
    if (this.empty || !this.worthScanning(folded, from, to)) return undefined;
    const m = this.leftmost(folded, from, to);
    return m ? { index: m.index, length: m[0].length, text: m[0] } : undefined;
  }

  test(folded: string, from = 0, to = folded.length): boolean {
    return this.first(folded, from, to) !== undefined;
  }
}

const sets = new Map<string, PhraseSet>();
/** A cached PhraseSet for a phrase list (lexicon lists are static, so compile once). */
export function phrases(list: readonly string[]): PhraseSet {
  const key = list.join('\u0000');
  let s = sets.get(key);
  if (!s) {
    s = new PhraseSet(list);
    // Lexicon lists are few; configured vendor lists add more: a cap keeps a long editor session bounded.
    if (sets.size >= 256) sets.clear();
    sets.set(key, s);
  }
  return s;
}

/** Exact names (vendor lists from configuration): escaped, matched as whole words, case- and accent-insensitive. */
export function literal(name: string): string {
  return name.replace(/[*…]/g, ' ').replace(/\.\.\./g, ' ').trim();
}

export interface Span { start: number; end: number }

/**
 * Sentence spans of a text: a sentence ends after . ! ? followed by a space (or the end), after 。！？；, or at a
 * blank line. Abbreviations may split a sentence early; the rules only look for phrases inside one, so that only
 * costs recall.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = SENTENCE_END;
  re.lastIndex = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (hasNonSpace(text, start, end)) out.push({ start, end });
    start = end;
    re.lastIndex = end;
  }
  if (hasNonSpace(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}

const SENTENCE_END = /[.!?](?=\s|$)|[。！？；]|\n\s*\n/g;
const NON_SPACE = /\S/g;

/** `text.slice(start, end).trim() !== ''` without the copies (`\s` is exactly what trim removes). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  NON_SPACE.lastIndex = start;
  const m = NON_SPACE.exec(text);
  return m !== null && m.index < end;
}

/** True when the gap between two offsets holds no clause break (comma, semicolon, colon, dash, CJK comma). */
export function sameClause(folded: string, from: number, to: number): boolean {
  if (to < from) return false;
  return !/[,;:，；：、()（）]|\s[—–-]\s/.test(folded.slice(from, to));
}

/** Number of words in a Latin gap (Chinese: characters / 3 rounded up, a rough word count). */
export function gapWords(folded: string, from: number, to: number): number {
  const g = folded.slice(from, to).trim();
  if (!g) return 0;
  if (HAN.test(g)) return Math.ceil(g.replace(/\s+/g, '').length / 3);
  return g.split(/[\s-]+/).filter(Boolean).length;
}
