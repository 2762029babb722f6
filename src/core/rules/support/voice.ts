// Shared helpers of the language rules (PM007–PM011, PM013, PM022, PM025): our own prose, ranges inside a block,
// and the apology phrases every language rule may need.
import type { Lang, PostmortemDocument, Range, TextBlock } from '../../types';
import { LANGS } from '../../types';
import { APOLOGY } from './lexicon';
import { phrases, prepare, type PhraseSet } from '../../lexicon/match';
import { VOICE, flagLangs, type VoiceLexicon } from '../../lexicon/voice';

/** Blocks in our own voice: block quotes are quoted customers or vendors. */
export function ownBlocks(doc: PostmortemDocument): TextBlock[] {
  return doc.blocks.filter((b) => !b.inQuote);
}

// Grouped once per document: filtering every block for every update is quadratic on long incidents.
const byUpdate = new WeakMap<PostmortemDocument, Map<number, TextBlock[]>>();

/** The blocks of update `index` (our own voice only). */
export function updateBlocks(doc: PostmortemDocument, index: number): TextBlock[] {
  let map = byUpdate.get(doc);
  if (!map) {
    map = new Map();
    for (const b of doc.blocks) {
      if (b.updateIndex === undefined || b.inQuote) continue;
      const list = map.get(b.updateIndex);
      if (list) list.push(b);
      else map.set(b.updateIndex, [b]);
    }
    byUpdate.set(doc, map);
  }
  return map.get(index) ?? [];
}

// Prepared texts per block, shared by the rules of one lint (blocks belong to one parsed, immutable document).
const voiceTexts = new WeakMap<TextBlock, string>();
const plainTexts = new WeakMap<TextBlock, string>();

/** `prepare(block.text, { quotes: true, code: true })`, computed once per block: our voice, ready for matching. */
export function voiceText(block: TextBlock): string {
  let t = voiceTexts.get(block);
  if (t === undefined) {
    t = prepare(block.text, { quotes: true, code: true });
    voiceTexts.set(block, t);
  }
  return t;
}

/** `prepare(block.text)`, computed once per block. */
export function plainText(block: TextBlock): string {
  let t = plainTexts.get(block);
  if (t === undefined) {
    t = prepare(block.text);
    plainTexts.set(block, t);
  }
  return t;
}

/** The document range of `length` characters at `index` inside `block.text`. */
export function rangeIn(doc: PostmortemDocument, block: TextBlock, index: number, length: number): Range {
  const base = doc.offsetAt(block.range.start);
  return { start: doc.positionAt(base + index), end: doc.positionAt(base + index + length) };
}

/** The document's language lists of one family (its own language, plus the sibling Chinese script). */
export function flagged<K extends keyof VoiceLexicon>(doc: PostmortemDocument, family: K): VoiceLexicon[K][] {
  return flaggedIn(doc.lang, family);
}

/** `flagged` by language: lets rules compile their lists once per language. */
export function flaggedIn<K extends keyof VoiceLexicon>(lang: Lang, family: K): VoiceLexicon[K][] {
  return flagLangs(lang).map((l) => VOICE[l][family]);
}

/** Where a global Unicode regex goes on after an empty match at `i` (as matchAll does: one code point on). */
export function advance(s: string, i: number): number {
  return i + ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
}

/** Every language's lists of one family: for phrases that *clear* a text, any language counts. */
export function everyLanguage<K extends keyof VoiceLexicon>(family: K): VoiceLexicon[K][] {
  return LANGS.map((l) => VOICE[l][family]);
}

let apologySet: PhraseSet | undefined;
/** Apology phrases of every language (the apology rule's lexicon). */
export function apologies(): PhraseSet {
  apologySet ??= phrases(LANGS.flatMap((l) => APOLOGY[l].phrases));
  return apologySet;
}

/** The message table entry for the document's language. */
export function pick<T>(table: Record<Lang, T>, doc: PostmortemDocument): T {
  return table[doc.lang] ?? table.en;
}

/** Words that name the next update in any language: a promise regex must not be about the next update. */
export const UPDATE_WORDS = /update|mise a jour|aktualisierung|更新/u;
