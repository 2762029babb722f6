// Phrase lists (lexicon data) compiled into matchers that respect each script's word boundaries.
// Syntax of a phrase: words separated by spaces (any run of whitespace matches); a trailing `*` lets the last word go on
// ("apolog*" matches apologise, apologies); a leading `*` lets the first word start inside a longer word (German
// compounds: "*bericht" matches Abschlussbericht). Han phrases match anywhere: Chinese has no spaces between words.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseSource(phrase: string): string {
  const p = phrase.trim().replace(/[’‘]/g, "'");
  if (HAN.test(p)) return p.split(/\s+/).map(escape).join('\\s*');
  const prefix = p.startsWith('*');
  const suffix = p.endsWith('*');
  const core = p.replace(/^\*|\*$/g, '');
  const body = core.split(/\s+/).map(escape).join('\\s+').replace(/'/g, "['’]");
  const before = prefix ? '\\p{L}*' : '(?<![\\p{L}\\p{N}_])';
  const after = suffix ? '\\p{L}*' : '(?![\\p{L}\\p{N}_])';
  return `${before}${body}${after}`;
}

export interface PhraseMatcher {
  /** The first match in `text`, or undefined. */
  find(text: string): { index: number; length: number } | undefined;
  test(text: string): boolean;
}

/**
 * The literal every match must contain (lower case): the longest word of the phrase without its wildcards. One plain
 * alternation of these (no Unicode lookarounds) rejects
 * almost every text before the Unicode-aware regex runs (lint time on 1 MB matters).
 */
function needle(phrase: string): string {
  return longestWord(phraseCore(phrase).toLowerCase());
}

/** The phrase without its wildcards, apostrophes made straight. */
function phraseCore(phrase: string): string {
  return phrase.trim().replace(/[’‘]/g, "'").replace(/^\*|\*$/g, '');
}

/** The first of the longest words (split at spaces and apostrophes). */
function longestWord(s: string): string {
  return s.split(/[\s']+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * One phrase for `test`: its regex, behind a literal every match contains (its longest word as written, matched with
 * the same flags, so it is found wherever the phrase is).
 */
interface Single { gate: RegExp; re: RegExp }

interface Compiled { re: RegExp; needles: RegExp; singles: Single[] }
const cache = new Map<string, Compiled>();

function single(phrase: string): Single {
  const piece = longestWord(phraseCore(phrase));
  return { gate: new RegExp(escape(piece), 'iu'), re: new RegExp(phraseSource(phrase), 'iu') };
}

/** A case-insensitive matcher for any of `phrases` (longest alternatives first). */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const key = phrases.join('\u0000');
  let c = cache.get(key);
  if (!c) {
    const sorted = [...phrases].filter((p) => p.trim() !== '').sort((a, b) => b.length - a.length);
    c = {
      re: sorted.length === 0 ? /(?!)/u : new RegExp(sorted.map(phraseSource).join('|'), 'iu'),
      needles: sorted.length === 0 ? /(?!)/ : new RegExp([...new Set(sorted.map(needle))].map(escape).join('|'), 'i'),
      singles: sorted.map(single),
    };
    cache.set(key, c);
  }
  const { re, needles, singles } = c;
  // Needles hold no markdown marks or apostrophes, so they can be looked for in the raw text.
  return {
    find(text) {
      if (!needles.test(text)) return undefined;
      const m = re.exec(normalise(text));
      return m ? { index: m.index, length: m[0].length } : undefined;
    },
    test(text) {
      if (!needles.test(text)) return false;
      // The whole alternation matches where one of its phrases does. Testing phrase by phrase, behind each one's
      // literal, runs only a few small regexes: V8 drops the compiled code of a regex left unused for a while, and
      // recompiling the whole alternation cost more than a lint of a 10 KB document spends on all the other rules.
      const n = normalise(text);
      return singles.some((x) => x.gate.test(n) && x.re.test(n));
    },
  };
}

/** Inline markdown marks become spaces so "**sorry**" still reads as a word; length is kept for offsets. */
export function normalise(text: string): string {
  return text.replace(/[*_`~]/g, ' ').replace(/[’‘]/g, "'");
}
