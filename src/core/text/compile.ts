// Compiling phrases (lexicon data) into regex sources that respect each script's word boundaries.
//
// Phrase syntax, the one description of it (lexicon lists and every phrase the rules match):
// - words separated by spaces; a space matches any run of whitespace or a hyphen ("third party" = "third-party");
// - `word*`: the word may go on ("apolog*" matches apologise, apologies; "unser*" matches unserem, unseres);
// - `*word`: the word may start inside a longer word, German compounds ("*ausfall" matches Providerausfall, AWS-Ausfall);
//   `*word*` does both ("*bericht*" matches Abschlussberichte);
// - `…` (or `...`): a short gap inside the same sentence (up to 4 words, or 12 characters of Chinese): "hätte … sollen",
//   "应该…却没有";
// - an apostrophe matches a straight or curly one, and may be followed by a space ("retour d'expérience");
// - Latin words must stand alone (no letter or digit on either side), so "ups" never matches "backups", and French
//   elision works by itself: "l'erreur humaine" contains the phrase "erreur humaine" because `'` is a break;
// - Han phrases (Chinese has no spaces) match anywhere; a space inside one matches any whitespace or none;
// - case and accents never matter: phrases and text are folded alike (./fold.ts), so "désolé" = "DESOLE".
// Names given by users (the `vendors` option) are taken literally: see `literal`.
import { fold } from './fold';

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of words taken literally, longest first (so a longer word wins), a space matching any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, String.raw`\s+`)).join('|');
}

/** The word-end check after a phrase that ends with a letter or digit: no letter, digit or `_` follows. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';

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

// The last phrase's folded form and regex parts: compiling a phrase asks for them several times in a row (its parts,
// its starter, its plain words), and a few thousand phrases are compiled at a cold start.
let lastPhrase: string | undefined;
let lastFolded = '';
let lastParts: { bounded: boolean; rest: string } | undefined;

/** The phrase as matched: trimmed, folded, `...` written `…`. */
function folded(phrase: string): string {
  if (phrase !== lastPhrase) {
    lastPhrase = phrase;
    lastFolded = fold(phrase.trim()).replace(/\.\.\./g, '…');
    lastParts = undefined;
  }
  return lastFolded;
}

/** The regex source of one phrase: whether it needs a word start before it, and the rest. */
export function phraseParts(phrase: string): { bounded: boolean; rest: string } {
  const p = folded(phrase);
  return (lastParts ??= partsOf(p));
}

function partsOf(p: string): { bounded: boolean; rest: string } {
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
  const after = last === '*' || !/[\p{L}\p{N}]/u.test(last) ? '' : WORD_END;
  return { bounded: !(first === '*' || !/[\p{L}\p{N}]/u.test(first)), rest: `${body}${after}` };
}

const WORD_START = '(?<![\\p{L}\\p{N}_])';

/** The regex source of one phrase (folded on the way). */
export function phraseSource(phrase: string): string {
  const { bounded, rest } = phraseParts(phrase);
  return bounded ? `${WORD_START}${rest}` : rest;
}

/** Whether the phrase must start at a word start (it begins with a letter or digit, outside Han script). */
export function isBounded(phrase: string): boolean {
  return phraseParts(phrase).bounded;
}

/**
 * One regex for a whole list. The word-start lookbehind is written once in front of the bounded alternatives instead
 * of once per phrase: evaluated at every position for every phrase it made long documents slow.
 */
export function listSource(list: readonly string[]): string {
  const parts = list.map(phraseParts);
  const bounded = parts.filter((x) => x.bounded).map((x) => x.rest);
  const free = parts.filter((x) => !x.bounded).map((x) => x.rest);
  const alts: string[] = [];
  if (bounded.length) alts.push(`${WORD_START}(?:${bounded.join('|')})`);
  alts.push(...free);
  return alts.join('|');
}

/**
 * The words of a phrase made of plain words only (no `*`, `…` or apostrophe, no word that starts with a hyphen), which
 * a matcher may compare literally instead of running the phrase's regex, with the same result: Han phrases join their
 * words by optional whitespace, others by runs of whitespace and hyphens (greedy, and a word never starts with one,
 * so there is one way to match); `end`: the regex ends with the word-end check. Undefined for other phrases.
 */
export function plainWords(phrase: string): { words: string[]; han: boolean; end: boolean } | undefined {
  const p = folded(phrase);
  if (p === '' || p.includes('…')) return undefined;
  if (HAN.test(p)) return { words: p.split(/\s+/), han: true, end: false }; // as in phraseParts: escaped words, `\s*`
  if (/[*']/.test(p)) return undefined;
  const words = p.split(/[\s]+/).filter(Boolean);
  if (words.some((w) => w.startsWith('-'))) return undefined;
  const last = p.charAt(p.length - 1);
  return { words, han: false, end: /[\p{L}\p{N}]/u.test(last) };
}

/**
 * The words of a Latin phrase of plain words some of which end with `*` ("apolog*", "still work*", "unser* dienstleister*"),
 * which a matcher may compare literally, each starred word followed by its run of letters and digits, with the same
 * result as the phrase's regex: a word's run (`[\p{L}\p{N}]*`, greedy) never holds the space or hyphen that must
 * follow it, so there is one way to match. `stars[i]`: word i ends with `*`; `end`: the regex ends with the word-end
 * check. Undefined for other phrases (plain words included: see `plainWords`).
 */
export function starredWords(phrase: string): { words: string[]; stars: boolean[]; end: boolean } | undefined {
  const p = folded(phrase);
  if (p === '' || p.includes('…') || HAN.test(p) || p.includes("'")) return undefined;
  const raw = p.split(/[\s]+/).filter(Boolean);
  // Only `word*` (a star at the end of a word longer than the star); no `*word`, no star inside, no leading hyphen.
  if (raw.some((w) => w.startsWith('-') || w.indexOf('*') !== (w.endsWith('*') && w.length > 1 ? w.length - 1 : -1))) return undefined;
  const stars = raw.map((w) => w.endsWith('*'));
  if (!stars.some(Boolean)) return undefined;
  const last = p.charAt(p.length - 1);
  return { words: raw.map((w, i) => (stars[i] ? w.slice(0, -1) : w)), stars, end: last !== '*' && /[\p{L}\p{N}]/u.test(last) };
}

/**
 * A literal every match of the phrase contains in folded text: the longest wildcard-free piece of its words
 * (apostrophes, spaces and gaps match more than one form, so pieces stop there). Empty when there is none.
 */
export function needle(phrase: string): string {
  const p = folded(phrase);
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
export function starter(phrase: string): { lit: string; star: boolean; src: string; bound: boolean } {
  const { bounded, rest } = phraseParts(phrase);
  const p = folded(phrase);
  const first = p.split('…')[0].trim().split(/\s+/)[0] ?? '';
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
    .split(WORD_END).join('')
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
export function byFirstChar(srcs: readonly string[]): string[] {
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

/**
 * A name given by a user (the `vendors` option) as a phrase that matches it literally: the wildcard and gap marks
 * become spaces. Matched as whole words, case- and accent-insensitive; other characters are escaped when compiled.
 */
export function literal(name: string): string {
  return name.replace(/[*…]/g, ' ').replace(/\.\.\./g, ' ').trim();
}

