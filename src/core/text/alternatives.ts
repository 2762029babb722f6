// The phrases of a list, each matched on its own at a candidate position: what one alternation of all of them finds
// there (the first phrase in order that matches), without compiling that alternation. Compiling the Unicode letter
// classes of a list's one big regex cost 0.1-0.5 s per list in a fresh process, before the first document was read;
// a phrase's own regex is compiled the first time its first word is met in a text, so a run compiles only the few
// phrases its documents come near.
import { isSpace, runEnd, wordCharAt, wordCharBefore } from './chars';
import { escape, phraseParts, plainWords, starredWords, starter, WORD_END } from './compile';

export interface Alternative {
  phrase: string;
  /** Needs a word start before it (the `(?<![\p{L}\p{N}_])` written once in front of the list's bounded phrases). */
  bounded: boolean;
  /** Its regex source after the word-start check. */
  rest: string;
  /** The folded literal a match starts with, or (star) that follows the run of letters a match starts with. */
  lit: string;
  /** The first word is `*word`: a match starts at a run of letters, digits and hyphens that reaches `lit`. */
  star: boolean;
  /** Plain words only (see `plainWords`): matched by comparing them, no regex to compile or run. */
  words?: { words: string[]; han: boolean; end: boolean };
  /** Latin words some of which end with `*` (see `starredWords`): matched in code too. */
  starred?: { words: string[]; stars: boolean[]; end: boolean };
  /** Where a match may start, for the candidate scan (see `starter`; for a phrase of plain words, `wordsStarter`). */
  start: ReturnType<typeof starter>;
  /** Its own regex (`rest`, sticky), compiled on first use. */
  sticky?: RegExp;
  /**
   * Its regex without the final word-end check, when that check is its only Unicode class (see `exec`); null: not
   * such a phrase; undefined: not compiled yet.
   */
  quick?: RegExp | null;
}

/** A phrase's alternative, the same object for every list that holds the phrase (lists share many phrases). */
const known = new Map<string, Alternative>();

export function alternative(phrase: string): Alternative {
  let alt = known.get(phrase);
  if (!alt) {
    alt = wordsAlternative(phrase) ?? compiledAlternative(phrase);
    // Lexicon phrases are a few thousand; configured vendor names may be many: a cap keeps a long session bounded.
    if (known.size >= 20_000) known.clear();
    known.set(phrase, alt);
  }
  return alt;
}

/**
 * Every alternative is one of these, built either way below: one shape (every property set at creation, `sticky`
 * included) keeps matchAt's loop monomorphic. `rest` is the phrase's regex source, built on first use when not given.
 */
class PhraseAlternative implements Alternative {
  sticky: RegExp | undefined = undefined;
  quick: RegExp | null | undefined = undefined;
  private source: string | undefined;

  constructor(
    readonly phrase: string, readonly bounded: boolean, source: string | undefined, readonly lit: string,
    readonly star: boolean, readonly start: ReturnType<typeof starter>, readonly words: Alternative['words'],
    readonly starred: Alternative['starred'] = undefined,
  ) {
    this.source = source;
  }

  get rest(): string {
    return (this.source ??= phraseParts(this.phrase).rest);
  }
}

/**
 * The candidate starts of a phrase of plain words: its words with what matchWords takes between them (Latin: a run of
 * spaces and hyphens, at least one; Han: any spaces), so a candidate is a place where the words stand (only the
 * word-end check after the last one is left to matchWords). With the first word alone, a phrase whose first word is
 * "a" made every word starting with an a a candidate, and matchAt tried the twenty phrases of that letter at each
 * ("AWS AWS …"; a list item "a" per line).
 */
function wordsStarter(plain: { words: string[]; han: boolean }): string {
  return plain.words.map(escape).join(plain.han ? '\\s*' : '[\\s-]+');
}

/** A phrase's alternative from its regex parts and starter (./compile.ts): every phrase. */
export function compiledAlternative(phrase: string): Alternative {
  const { bounded, rest } = phraseParts(phrase);
  const words = plainWords(phrase);
  const start = words ? { ...starter(phrase), src: wordsStarter(words) } : starter(phrase);
  return new PhraseAlternative(phrase, bounded, rest, start.lit, start.star, start, words, words ? undefined : starredWords(phrase));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The same alternative as `compiledAlternative` for a phrase of plain words (most lexicon phrases), without compiling
 * its regex source: a plain-words phrase is matched by comparing its words and looked for by its words (see
 * PhraseSet), so its source is only built if asked for (`rest`). One document's first lint compiles about 1,800
 * phrases; their sources were most of the phrase sets' build time. Undefined for other phrases.
 */
export function wordsAlternative(phrase: string): Alternative | undefined {
  const words = plainWords(phrase);
  // A Han phrase's starter stops at an apostrophe; its plain words do not.
  if (!words || (words.han && words.words[0].includes("'"))) return undefined;
  const lit = words.words[0];
  // As phraseParts: a Latin phrase needs a word start when it begins with a letter or digit (one code unit tested).
  const bounded = !words.han && LETTER_OR_DIGIT.test(lit.charAt(0));
  // `rest` is not built: the candidate source comes straight from the words.
  const start = { lit, star: false, src: wordsStarter(words), bound: bounded && /^\w/.test(lit) };
  return new PhraseAlternative(phrase, bounded, undefined, lit, false, start, words);
}

export interface PhraseHit { index: number; length: number }

/**
 * End of the gap between two words from `pos` (-1: none): between Latin words a run of whitespace and hyphens, at
 * least one; between Han words any whitespace, maybe none.
 */
function gapEnd(s: string, pos: number, han: boolean): number {
  const gap = pos;
  while (pos < s.length && (isSpace(s.charCodeAt(pos)) || (!han && s.charCodeAt(pos) === 0x2d))) pos++;
  return !han && pos === gap ? -1 : pos;
}

/** A run of letters and digits, whole code points: what a starred word's `[\p{L}\p{N}]*` takes. One regex for all. */
const LETTERS_DIGITS = /[\p{L}\p{N}]*/uy;

/**
 * End of the match of `words` at `at` (-1: none): what their regex finds there. Between Latin words a run of
 * whitespace and hyphens (at least one), between Han words any whitespace; a starred word (`stars[i]`) takes the run
 * of letters and digits after it; `end`: no word character may follow.
 */
function matchSequence(s: string, at: number, words: readonly string[], han: boolean, stars: readonly boolean[] | undefined, end: boolean): number {
  let pos = at;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && (pos = gapEnd(s, pos, han)) < 0) return -1;
    if (!s.startsWith(words[i], pos)) return -1;
    pos += words[i].length;
    if (stars?.[i]) {
      LETTERS_DIGITS.lastIndex = pos;
      LETTERS_DIGITS.test(s);
      pos = LETTERS_DIGITS.lastIndex;
    }
  }
  return end && wordCharAt(s, pos) ? -1 : pos;
}

/** Plain words (see `plainWords`). */
const matchWords = (s: string, at: number, plain: NonNullable<Alternative['words']>): number =>
  matchSequence(s, at, plain.words, plain.han, undefined, plain.end);

/** Latin words some of which end with `*` (see `starredWords`). */
const matchStarred = (s: string, at: number, starred: NonNullable<Alternative['starred']>): number =>
  matchSequence(s, at, starred.words, false, starred.stars, starred.end);

/** The alternatives of one list, in its regex's order, looked up by the first character at a position. */
export class Alternatives {
  /** Per first code unit: the alternatives whose match may start with it (its literal's first unit, or a star). */
  private readonly byFirst = new Map<number, Alternative[]>();
  private readonly stars: Alternative[];

  constructor(readonly order: readonly Alternative[]) {
    this.stars = order.filter((a) => a.star);
  }

  private candidates(c: number): Alternative[] {
    let list = this.byFirst.get(c);
    if (!list) {
      list = this.stars.length
        ? this.order.filter((a) => a.star || a.lit.charCodeAt(0) === c)
        : this.order.filter((a) => a.lit.charCodeAt(0) === c);
      this.byFirst.set(c, list);
    }
    return list;
  }

  /** Whether `alt` matches at `at` (as its part of the alternation would: word-start check, then its own regex). */
  matches(alt: Alternative, folded: string, at: number): boolean {
    return (!alt.bounded || !wordCharBefore(folded, at)) && this.exec(alt, folded, at) !== null;
  }

  /** The match of `alt` at `at`, word-start check aside. */
  private exec(alt: Alternative, folded: string, at: number): PhraseHit | null {
    if (alt.words) {
      const end = matchWords(folded, at, alt.words);
      return end === -1 ? null : { index: at, length: end - at };
    }
    if (alt.starred) {
      const end = matchStarred(folded, at, alt.starred);
      return end === -1 ? null : { index: at, length: end - at };
    }
    const quick = alt.quick === undefined ? (alt.quick = quickRegex(alt.rest)) : alt.quick;
    if (quick) {
      // Every match of the phrase is a match of `quick` that the word-end check accepts, found in the same order: when
      // quick's first match passes the check, it is the phrase's match; when quick finds none, neither does the phrase.
      quick.lastIndex = at;
      const q = quick.exec(folded);
      if (!q) return null;
      if (!wordCharAt(folded, at + q[0].length)) return { index: at, length: q[0].length };
      // A letter follows ("no data lostness"): another way through the gaps may still match. The whole regex decides.
    }
    const re = (alt.sticky ??= new RegExp(alt.rest, 'uy'));
    re.lastIndex = at;
    const m = re.exec(folded);
    return m ? { index: at, length: m[0].length } : null;
  }

  /**
   * The match at `at` of the first alternative in order that matches there: what the list's one alternation finds
   * sticky at `at`. An alternative is only run where its literal is (its match cannot start elsewhere).
   */
  matchAt(folded: string, at: number): PhraseHit | null {
    let wordStart: boolean | undefined;
    let end = -1;
    for (const alt of this.candidates(folded.charCodeAt(at))) {
      if (alt.star) {
        if (end < 0) end = runEnd(folded, at);
        if (!litInRun(folded, alt.lit, at, end)) continue;
      } else if (!folded.startsWith(alt.lit, at)) continue;
      if (alt.bounded && !(wordStart ??= !wordCharBefore(folded, at))) continue;
      const m = this.exec(alt, folded, at);
      if (m) return m;
    }
    return null;
  }
}

/**
 * A phrase's regex without its final word-end check, when that check is its only Unicode property class (gaps,
 * apostrophes, hyphens: no `*`): compiling `(?![\p{L}\p{N}_])` is nearly all of the cost of compiling such a regex
 * (about 0.5 ms against 0.015 ms), paid at the first candidate of each phrase in every fresh process, while the check
 * itself is one character's test (wordCharAt). Null for other phrases.
 */
function quickRegex(rest: string): RegExp | null {
  if (!rest.endsWith(WORD_END)) return null;
  const head = rest.slice(0, -WORD_END.length);
  return head.includes('\\p{') ? null : new RegExp(head, 'uy');
}

/** Whether `lit` starts somewhere in [at, end] (a `*word` prefix may only swallow the run's letters before it). */
function litInRun(s: string, lit: string, at: number, end: number): boolean {
  for (let q = at; q <= end; q++) if (s.startsWith(lit, q)) return true;
  return false;
}
