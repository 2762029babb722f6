// Small text helpers shared by the model's parts: heading normalisation, phrase tables.
import type { Lang, Phase, SectionKind } from '../types';
import { LANGS } from '../types';
import { lexicon } from '../lexicon';
import { Memo } from './memo';
import { maskComments } from '../text/comments';

const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Longest text a heading name or phase can be: longer headings are prose, and the cap keeps regexes linear. */
const MAX_NAME = 300;

/** Drops the characters of `chars` from both ends, in linear time whatever the input. */
export function trimChars(s: string, chars: string): string {
  let a = 0, b = s.length;
  while (a < b && chars.includes(s.charAt(a))) a++;
  while (b > a && chars.includes(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

const LEADING_EMOJI = /^(?:(?::[a-z0-9+-]+:|[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}])\s*)+/iu;

/** Lower case, comments and emphasis marks, opening emoji and numbering, trailing punctuation dropped, spaces collapsed. */
export function normalizeHeading(s: string): string {
  return maskComments(s.length > MAX_NAME ? s.slice(0, MAX_NAME) : s)
    .replace(/[*_`]+/g, '')
    .replace(/\u2019/g, "'")
    .trim()
    // Emoji that open a heading, as pictures or as GitHub shortcodes (":warning: Leadup", "🔥 Root cause").
    .replace(LEADING_EMOJI, '')
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.|[a-z]\))\s+/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[ :：.。!！?？,，;；\-–—]+$/u, '')
    .toLowerCase();
}

/** True when the phrase ends at a word break in `s` (CJK text has no spaces: any following character will do). */
function endsAtBreak(s: string, phrase: string): boolean {
  if (s.length === phrase.length) return true;
  const next = s.charAt(phrase.length);
  if (CJK.test(phrase.charAt(phrase.length - 1))) return true;
  return !/[\p{L}\p{N}]/u.test(next);
}

/** A phrase table over every language: exact lookup, then the longest phrase the text starts with. */
export class PhraseTable<T> {
  private exact = new Map<string, T>();
  private byFirst = new Map<string, { phrase: string; value: T }[]>();

  add(phrase: string, value: T): void {
    const p = phrase.toLowerCase();
    if (!p) return;
    if (!this.exact.has(p)) this.exact.set(p, value);
    const k = p.charAt(0);
    let list = this.byFirst.get(k);
    if (!list) this.byFirst.set(k, (list = []));
    list.push({ phrase: p, value });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  lookup(normalized: string, prefix: boolean): T | undefined {
    const hit = this.exact.get(normalized);
    if (hit !== undefined || !prefix) return hit;
    const list = this.byFirst.get(normalized.charAt(0));
    if (!list) return undefined;
    for (const { phrase, value } of list) {
      if (normalized.startsWith(phrase) && endsAtBreak(normalized, phrase)) return value;
    }
    return undefined;
  }
}

let sectionTable: PhraseTable<SectionKind> | undefined;
let phaseTable: PhraseTable<Phase> | undefined;

function build<T extends string>(get: (lang: Lang) => Record<T, readonly string[]>): PhraseTable<T> {
  const t = new PhraseTable<T>();
  for (const lang of LANGS) {
    const table = get(lang);
    for (const key of Object.keys(table) as T[]) for (const phrase of table[key]) t.add(phrase, key);
  }
  return t;
}

const sectionMemo = [new Memo<SectionKind>(), new Memo<SectionKind>()];
const phaseMemo = new Memo<Phase>();

/** The section kind a heading names, in any language; H1 (the title) must match exactly. */
export function sectionKindOf(heading: string, level: number): SectionKind | undefined {
  const prefix = level >= 2;
  return sectionMemo[prefix ? 1 : 0].get(heading, (h) => {
    sectionTable ??= build((l) => lexicon(l).sections);
    const n = normalizeHeading(h);
    return n ? sectionTable.lookup(n, prefix) : undefined;
  });
}

let doneHeadings: PhraseTable<true> | undefined;

/**
 * Whether a Corrective actions heading tells its changes as made ("What we changed", „Was wir geändert haben"):
 * its items are finished actions.
 */
export function tellsActionsDone(heading: string): boolean {
  if (!doneHeadings) {
    const table = new PhraseTable<true>();
    for (const l of LANGS) {
      for (const h of lexicon(l).structure.doneActionHeadings) table.add(normalizeHeading(h), true);
    }
    doneHeadings = table;
  }
  const n = normalizeHeading(heading);
  return n !== '' && doneHeadings.lookup(n, true) === true;
}

/** The phase named at the start of `raw` ("Investigating", "Enquête en cours", "调查中"), in any language. */
export function phaseOf(raw: string): Phase | undefined {
  return phaseMemo.get(raw, (r) => {
    phaseTable ??= build((l) => lexicon(l).phases);
    const n = normalizeHeading(r);
    return n ? phaseTable.lookup(n, true) : undefined;
  });
}
