// Shared helpers of the language rules (PM001, PM007–PM011, PM013, PM022, PM025): our own prose, its folded text,
// ranges inside a block, the lists of a document's languages, the apology phrases every language rule may need, and
// the one reading of a denial next to a phrase (workaround, blameful-language).
import type { Lang, PostmortemDocument, Range, TextBlock } from '../../types';
import { MASKED_Q, clauseStartBefore, clauses, fold, phrases, prepare, sentences, wordsAfterEnd, wordsBeforeStart, type Hit, type PhraseSet, type Span } from '../../text';
import { HAN } from '../../text/compile';
import { everyLanguage, flagLangs, lexicon, type Lexicon } from '../../lexicon';
import { scratch } from '../../model/per-document-cache';

const OWN = Symbol('ownBlocks');
const BY_UPDATE = Symbol('updateBlocks');
const PREPARED = Symbol('preparedTexts');

/** Blocks in our own voice: block quotes are quoted customers or vendors. Filtered once per document. */
export function ownBlocks(doc: PostmortemDocument): readonly TextBlock[] {
  return scratch(doc, OWN, () => doc.blocks.filter((b) => !b.inQuote));
}

/** The blocks of update `index` (our own voice only). Grouped once per document: filtering every block for every
 * update is quadratic on long incidents. */
export function updateBlocks(doc: PostmortemDocument, index: number): TextBlock[] {
  const map = scratch(doc, BY_UPDATE, () => {
    const m = new Map<number, TextBlock[]>();
    for (const b of doc.blocks) {
      if (b.updateIndex === undefined || b.inQuote) continue;
      const list = m.get(b.updateIndex);
      if (list) list.push(b);
      else m.set(b.updateIndex, [b]);
    }
    return m;
  });
  return map.get(index) ?? [];
}

// Prepared texts per block, shared by the rules of one lint. Most blocks have nothing to mask, so both prepared
// texts are the same fold: one entry (the string) serves both.
interface Masked { voice?: string; plain?: string }

/** A prepared text of a block of `doc`, computed once per document and kind. */
function preparedText(doc: PostmortemDocument, block: TextBlock, kind: keyof Masked): string {
  const map = scratch(doc, PREPARED, () => new Map<TextBlock, string | Masked>());
  const e = map.get(block);
  if (typeof e === 'string') return e;
  const known = e?.[kind];
  if (known !== undefined) return known;
  const text = block.text;
  // Nothing `prepare` would mask (either way): it is the plain fold.
  if (!MASKED_Q.test(text)) {
    const t = fold(text);
    map.set(block, t);
    return t;
  }
  const t = kind === 'voice' ? prepare(text, { quotes: true, code: true }) : prepare(text);
  if (e) e[kind] = t;
  else map.set(block, { [kind]: t });
  return t;
}

/** `prepare(block.text, { quotes: true, code: true })` of a block of `doc`, computed once: our voice, ready for matching. */
export function voiceText(doc: PostmortemDocument, block: TextBlock): string {
  return preparedText(doc, block, 'voice');
}

/** `prepare(block.text)` of a block of `doc`, computed once. */
export function plainText(doc: PostmortemDocument, block: TextBlock): string {
  return preparedText(doc, block, 'plain');
}

/** The document range of `length` characters at `index` inside `block.text`. */
export function rangeIn(doc: PostmortemDocument, block: TextBlock, index: number, length: number): Range {
  const base = doc.offsetAt(block.range.start);
  return { start: doc.positionAt(base + index), end: doc.positionAt(base + index + length) };
}

/** The lists of one family that flag text in `lang` (its own, plus the sibling Chinese script's). */
export function flaggedIn<K extends keyof Lexicon>(lang: Lang, family: K): Lexicon[K][] {
  return flagLangs(lang).map((l) => lexicon(l)[family]);
}

/**
 * A value built once per document language (compiled phrase sets of its lists): `build` runs the first time a
 * language is asked for. Rebuilding the sets on every lint was a per-document cost.
 */
export function perLanguage<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built = new Map<Lang, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}

/** Where a global Unicode regex goes on after an empty match at `i` (as matchAll does: one code point on). */
export function advance(s: string, i: number): number {
  return i + ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
}

export { everyLanguage };

let apologySet: PhraseSet | undefined;
/** Apology phrases of every language (the apology rule's lexicon). */
export function apologies(): PhraseSet {
  apologySet ??= phrases(everyLanguage('apology').flatMap((l) => l.phrases));
  return apologySet;
}

let acknowledgeSet: PhraseSet | undefined;
let harmSet: PhraseSet | undefined;
/**
 * Whether a folded text apologises: an apology phrase, or a clause that acknowledges the harm to readers in other
 * words, with nothing denied ("we understand how stressful this has been", « nous mesurons la gêne », „wir verstehen
 * den Ärger", 我们理解大家的焦虑). Each hidden set said it in words no list of whole phrases held.
 */
export function apologises(folded: string): boolean {
  if (apologies().test(folded)) return true;
  acknowledgeSet ??= phrases(everyLanguage('apology').flatMap((l) => l.acknowledge));
  harmSet ??= phrases(everyLanguage('apology').flatMap((l) => l.harms));
  if (understandsDisruption(folded)) return true;
  if (!acknowledgeSet.mayOccur(folded) || !harmSet.mayOccur(folded)) return false;
  // A denial counts next to the knowing word ("wir wissen noch nicht, wie schwierig …") or right before the hardship
  // ("not difficult"), not anywhere in the clause: "files not syncing for hours is unacceptable for you" owns the harm.
  const knows = acknowledgeSet.all(folded).filter((h) => !deniedJustBefore(folded, h.index) && !deniedJustAfter(folded, h.index + h.length));
  const harms = harmSet.all(folded).filter((h) => !deniedJustBefore(folded, h.index));
  return inClauseOrNext(folded, knows, harms, true);
}

let understandingSet: PhraseSet | undefined;
let disruptionSet: PhraseSet | undefined;
/**
 * Whether readers' understanding is asked for a hardship or a disruption named in the same clause or the next („Wir
 * bitten für die Verzögerungen um Verständnis", "we ask for your understanding of the delays"): the harm owned.
 */
function understandsDisruption(folded: string): boolean {
  understandingSet ??= phrases(everyLanguage('apology').flatMap((l) => l.understanding ?? []));
  disruptionSet ??= phrases(everyLanguage('apology').flatMap((l) => [...l.harms, ...(l.disruptions ?? [])]));
  if (!understandingSet.mayOccur(folded) || !disruptionSet.mayOccur(folded)) return false;
  const asked = understandingSet.all(folded).filter((h) => !deniedJustBefore(folded, h.index));
  const named = disruptionSet.all(folded).filter((h) => !deniedJustBefore(folded, h.index));
  return inClauseOrNext(folded, asked, named);
}

/**
 * Whether one of `first` and one of `second` stand in one clause of a sentence, or in clauses next to each other:
 * German and French set a subordinate clause off by a comma („Wir verstehen, wie belastend das ist", „Das ist
 * ärgerlich, wir verstehen das"). With `afterthoughts`, a short sentence right after one ends its last clause ("Some
 * were downright furious. As they should have been."); not for understanding asked, where a bare „Wir bitten um
 * Verständnis." after the delays is no apology (diag-101).
 */
function inClauseOrNext(folded: string, first: readonly Hit[], second: readonly Hit[], afterthoughts = false): boolean {
  const all = sentences(folded);
  return all.some((s, k) => {
    const parts = clauses(folded, s.start, s.end);
    const after = all[k + 1];
    if (afterthoughts && after && isFragment(folded, after)) parts.push(after);
    return parts.some((c, i) => within(first, c) && [parts[i - 1], c, parts[i + 1]].some((near) => within(second, near)));
  });
}

/**
 * A sentence of at most five words and forty characters (ten characters of Chinese, which has no spaces): an
 * afterthought to the one before, not a thought of its own.
 */
function isFragment(folded: string, s: Span): boolean {
  const text = folded.slice(s.start, s.end).trim();
  return HAN.test(text) ? text.length <= 10 : text.length <= 40 && text.split(/\s+/).length <= 5;
}

/** Whether one of `hits` starts inside clause `c`. */
function within(hits: readonly { index: number }[], c: Span | undefined): boolean {
  return c !== undefined && hits.some((h) => h.index >= c.start && h.index < c.end);
}

/** Whether a denial stands in the two words (two characters of Chinese) right before `at`, inside its clause. */
function deniedJustBefore(folded: string, at: number): boolean {
  return negations().test(folded, wordsBeforeStart(folded, at, 2, 2), at);
}

/** Whether a denial stands in the two words (two characters of Chinese) right after `at`, inside its clause. */
function deniedJustAfter(folded: string, at: number): boolean {
  return negations().test(folded, at, wordsAfterEnd(folded, at, 2, 2));
}

let negationSet: PhraseSet | undefined;
let openerSet: PhraseSet | undefined;
/** Words that deny what stands next to them, in every language (the negation lexicon). */
export function negations(): PhraseSet {
  negationSet ??= phrases(everyLanguage('negation').flatMap((l) => l.words));
  return negationSet;
}

/**
 * Whether a denial stands in the words just before or after [start, end) of `folded`, inside its clause. A denial
 * before it inside a clause of its own ("customers who cannot pay by card can use PayPal", 无法登录的用户可以…) is about
 * that clause, not about [start, end).
 */
export function deniedAround(folded: string, start: number, end: number): boolean {
  const set = negations();
  if (set.test(folded, end, wordsAfterEnd(folded, end))) return true;
  if (!set.test(folded, wordsBeforeStart(folded, start), start)) return false;
  openerSet ??= phrases(everyLanguage('negation').flatMap((l) => l.openers));
  return !openerSet.test(folded, clauseStartBefore(folded, start), start);
}

let wayAroundSet: PhraseSet | undefined;
let nameSet: PhraseSet | undefined;
/**
 * Whether a folded text offers a way around a failure, or says there is none, in any language (the workaround rule's
 * lexicon): a phrase counts unless a denial stands in the words just around it ("you can't log in", 无法正常使用) and
 * not inside the phrase itself ("not affected"). A named way around counts however it is denied: „Eine Umgehung gibt
 * es nicht“ says there is none.
 */
export function offersWayAround(folded: string): boolean {
  wayAroundSet ??= phrases(everyLanguage('workaround').flatMap((l) => l.phrases));
  if (!wayAroundSet.mayOccur(folded)) return false;
  nameSet ??= phrases(everyLanguage('workaround').flatMap((l) => l.names));
  return wayAroundSet.all(folded).some((hit) => {
    const end = hit.index + hit.length;
    if (negations().test(folded, hit.index, end) || nameSet!.test(folded, hit.index, end)) return true;
    return !deniedAround(folded, hit.index, end);
  });
}

/** The message table entry for the document's language. */
export function pick<T>(table: Record<Lang, T>, doc: PostmortemDocument): T {
  return table[doc.lang] ?? table.en;
}

/** Words that name the next update in any language: a promise regex must not be about the next update. */
export const UPDATE_WORDS = /update|mise a jour|aktualisierung|更新/u;
