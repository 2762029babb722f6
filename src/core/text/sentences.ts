// Sentences and clauses of folded text: the scopes inside which the language rules relate one phrase to another.
import { HAN } from './compile';

export interface Span { start: number; end: number }

/**
 * Sentence spans of a text: a sentence ends after . ! ? followed by a space (or the end), after 。！？； or ……, or
 * at a blank line. Abbreviations may split a sentence early; the rules only look for phrases inside one, so that only
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

// "……" (two ellipsis characters) ends a Chinese sentence as 。 does: "服务器数据全部丢失…… 目前看来…" is two sentences.
const SENTENCE_END = /[.!?](?=\s|$)|[。！？；]|…{2,}|\n\s*\n/g;
const NON_SPACE = /\S/g;

/** `text.slice(start, end).trim() !== ''` without the copies (`\s` is exactly what trim removes). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  NON_SPACE.lastIndex = start;
  const m = NON_SPACE.exec(text);
  return m !== null && m.index < end;
}

/**
 * A clause break: comma, semicolon, colon, brackets, a dash between spaces, CJK comma. A colon or comma between
 * digits is part of a clock or a number ("delivered between 15:30 and 15:38", "1,200 orders"), not a break.
 */
const CLAUSE_BREAK = /(?<!\d)[,:]|[,:](?!\d)|[;，；：、()（）]|\s[—–-]\s/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu');

/** True when the gap between two offsets holds no clause break (comma, semicolon, colon, dash, CJK comma). */
export function sameClause(folded: string, from: number, to: number): boolean {
  if (to < from) return false;
  return !CLAUSE_BREAK.test(folded.slice(from, to));
}

/** The clauses of `text` within [start, end), each ending after its break (the last one at `end`). */
export function clauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  CLAUSE_BREAKS.lastIndex = start;
  for (let m = CLAUSE_BREAKS.exec(text); m && m.index < end; m = CLAUSE_BREAKS.exec(text)) {
    const to = Math.min(end, m.index + m[0].length);
    out.push({ start: from, end: to });
    from = to;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

/** Whether some clause of some sentence of `text` passes `test` (a clause never spans two sentences). */
export function someClause(text: string, test: (clause: Span) => boolean): boolean {
  return sentences(text).some((s) => clauses(text, s.start, s.end).some(test));
}

/** The clause of `text` around offset `at`, within [start, end): from the break before it to the break after it. */
export function clauseAround(text: string, at: number, start: number, end: number): Span {
  let from = start;
  let to = end;
  CLAUSE_BREAKS.lastIndex = start;
  for (let m = CLAUSE_BREAKS.exec(text); m && m.index < end; m = CLAUSE_BREAKS.exec(text)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return { start: from, end: to };
}

/** Number of words in a Latin gap (Chinese: characters / 3 rounded up, a rough word count). */
export function gapWords(folded: string, from: number, to: number): number {
  const g = folded.slice(from, to).trim();
  if (!g) return 0;
  if (HAN.test(g)) return Math.ceil(g.replace(/\s+/g, '').length / 3);
  return g.split(/[\s-]+/).filter(Boolean).length;
}

/** Breaks that end the words around a phrase: a phrase's neighbours count only inside its clause and sentence. */
const NEAR_BREAK = /[\n.;:!?,。；：！？，]/u;
/** How far the words around a phrase may reach at most: a bound keeps each hit's look-around constant. */
const NEAR_CHARS = 60;

/** Where the clause holding `at` begins: after the nearest break before it, at most NEAR_CHARS back. */
export function clauseStartBefore(folded: string, at: number): number {
  const limit = Math.max(0, at - NEAR_CHARS);
  for (let i = at - 1; i >= limit; i--) if (NEAR_BREAK.test(folded[i])) return i + 1;
  return limit;
}

/**
 * Where the words just before `at` begin: up to `count` words back (`hanChars` characters of Chinese; four and six
 * unless told), inside its clause.
 */
export function wordsBeforeStart(folded: string, at: number, count = 4, hanChars = 6): number {
  const clause = clauseStartBefore(folded, at);
  let start = at, words = 0;
  while (start > clause && words < count) {
    let i = start;
    while (i > clause && /\s/u.test(folded[i - 1])) i--;
    if (i > clause && HAN.test(folded[i - 1])) return Math.max(clause, i - hanChars);
    while (i > clause && !/\s/u.test(folded[i - 1])) i--;
    start = i;
    words++;
  }
  return start;
}

/**
 * Where the words just after `at` end: up to `count` words on (`hanChars` characters of Chinese; four and six unless
 * told), inside its clause.
 */
export function wordsAfterEnd(folded: string, at: number, count = 4, hanChars = 6): number {
  let clause = Math.min(folded.length, at + NEAR_CHARS);
  for (let i = at; i < clause; i++) if (NEAR_BREAK.test(folded[i])) { clause = i; break; }
  let end = at, words = 0;
  while (end < clause && words < count) {
    let i = end;
    while (i < clause && /\s/u.test(folded[i])) i++;
    if (i < clause && HAN.test(folded[i])) return Math.min(clause, i + hanChars);
    while (i < clause && !/\s/u.test(folded[i])) i++;
    end = i;
    words++;
  }
  return end;
}
