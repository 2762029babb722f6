// A trouble word with the thing it struck named beside it states an impact ("the website outage", « panne de ses
// services », „Serverausfall", „Störung bei der Anmeldung", 交易異常), where the same word alone names nothing ("an
// outage", „eine Störung", 出现异常). Real status notices say what broke this way far more often than with a phrase
// of our lists, and readers count it (docs/real-documents/README.md, "Labelling notes": impact). Data: the
// trouble* / emptyWords / namesBefore fields of lexicon/<lang>/impact.ts, the document's language's (and the other
// Chinese script's): unlike a phrase, a word's role depends on its language ("das problem": German determiner).
import { flagLangs, lexicon } from '../../lexicon';
import type { ImpactLexicon } from '../../lexicon/types';
import type { Lang } from '../../types';
import { clauseAround, fold, phrases, type PhraseSet } from '../../text';
import { offersWayAround, perLanguage } from './voice';
import { HAN } from '../../text/compile';

interface LatinTrouble {
  /** Whole trouble words, folded ("outage", "storung"). */
  words: ReadonlySet<string>;
  /** Trouble words that may end a compound ("ausfall" from `*ausfall`). */
  compoundTails: readonly string[];
  links: ReadonlySet<string>;
  empty: ReadonlySet<string>;
  namesBefore: boolean;
  auxiliaries: ReadonlySet<string>;
}

interface HanTrouble {
  words: readonly string[];
  /** Longest first, so that 出现了 is skipped whole before 出现. */
  links: readonly string[];
  empty: ReadonlySet<string>;
  denials: readonly string[];
}

type Trouble = { kind: 'latin'; t: LatinTrouble } | { kind: 'han'; t: HanTrouble };
const compiled = new Map<Lang, Trouble>();

function isHanList(l: ImpactLexicon): boolean {
  return l.troubleWords.some((w) => HAN.test(w));
}

function compile(l: ImpactLexicon): Trouble {
  const empty = new Set(l.emptyWords.map(fold));
  if (isHanList(l)) {
    return {
      kind: 'han',
      t: {
        words: l.troubleWords.map(fold),
        links: l.troubleLinks.map(fold).sort((a, b) => b.length - a.length),
        empty,
        denials: l.troubleDenials.map(fold),
      },
    };
  }
  const words = new Set<string>();
  const compoundTails: string[] = [];
  for (const w of l.troubleWords) {
    const f = fold(w);
    if (f.startsWith('*')) compoundTails.push(f.slice(1));
    words.add(f.replace(/^\*/, ''));
  }
  return {
    kind: 'latin',
    t: {
      words, compoundTails, links: new Set(l.troubleLinks.map(fold)), empty, namesBefore: l.namesBefore,
      auxiliaries: new Set(l.troubleAuxiliaries.map(fold)),
    },
  };
}

function troubleOf(lang: Lang): Trouble {
  let t = compiled.get(lang);
  if (!t) {
    t = compile(lexicon(lang).impact);
    compiled.set(lang, t);
  }
  return t;
}

/**
 * Words and breaks of a folded text; a break (any of `.!?;:,`, all read as `.`) keeps a word from naming across
 * clauses („eine Störung, die vom Rechenzentrum ausgeht").
 */
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.!?;:,，。；：！？]/gu;
const BREAK = /^[.!?;:,，。；：！？]$/u;
/** Web addresses and paths name pages, not troubled things ("…/issues/30", "www.example.org"). */
const URL = /\S*\/\S*|\bwww\.\S+/gu;

function tokensOf(folded: string): string[] {
  return (folded.replace(URL, ' ').match(TOKEN) ?? []).map((w) => (BREAK.test(w) ? '.' : w));
}

/** A word that can name a thing: letters (not a number or a time), and not one of the language's empty words. */
function names(word: string | undefined, t: LatinTrouble): boolean {
  return word !== undefined && word !== '.' && /\p{L}/u.test(word) && !t.empty.has(word);
}

/** The compound's first part when `word` is "<thing><trouble>" ("serverausfall", "aws-ausfall"), else undefined. */
function compoundHead(word: string, t: LatinTrouble): string | undefined {
  for (const tail of t.compoundTails) {
    if (word.length > tail.length && word.endsWith(tail)) {
      const head = word.slice(0, word.length - tail.length).replace(/-$/, '');
      if (head.length >= 3) return head;
    }
  }
  return undefined;
}

function isTrouble(word: string, t: LatinTrouble): boolean {
  return t.words.has(word) || compoundHead(word, t) !== undefined;
}

/** Whether the trouble word at `i` has its thing named: before it, inside it, or after a link ("of", « de », „bei"). */
function namedAt(tokens: readonly string[], i: number, t: LatinTrouble): boolean {
  const head = compoundHead(tokens[i], t);
  if (head !== undefined && !t.empty.has(head)) return true;
  if (t.namesBefore) {
    // Auxiliaries may stand between ("my hoster has deactivated …", "CritterDB has been seeing these outages"); at
    // most four.
    let b = i - 1;
    while (b > i - 5 && tokens[b] !== undefined && t.auxiliaries.has(tokens[b])) b--;
    if (names(tokens[b], t) && !isTrouble(tokens[b], t)) return true;
  }
  let j = i + 1;
  // Up to two empty words (adjectives: « panne importante de », "problems again with") before the link.
  for (let skipped = 0; skipped < 2 && tokens[j] !== undefined && tokens[j] !== '.' && !t.links.has(tokens[j]) && t.empty.has(tokens[j]); skipped++) j++;
  if (!t.links.has(tokens[j] ?? '')) return false;
  j++;
  while (tokens[j] !== undefined && tokens[j] !== '.' && t.empty.has(tokens[j]) && j - i < 6) j++;
  return names(tokens[j], t) && !isTrouble(tokens[j], t);
}

function latinNamed(tokens: readonly string[], t: LatinTrouble): boolean {
  for (let i = 0; i < tokens.length; i++) if (isTrouble(tokens[i], t) && namedAt(tokens, i, t)) return true;
  return false;
}

/** Whether the two characters before `end` (after up to two links) name a thing: Han, not an empty word, not denied. */
function hanNamedBefore(text: string, end: number, t: HanTrouble): boolean {
  let e = end;
  for (let hops = 0; hops < 2; hops++) {
    const link = t.links.find((l) => text.startsWith(l, e - l.length));
    if (!link) break;
    e -= link.length;
  }
  const before = text.slice(Math.max(0, e - 2), e);
  if (before.length !== 2 || !HAN.test(before[0]) || !HAN.test(before[1]) || t.empty.has(before)) return false;
  // A denial shortly before, in the same clause, denies the trouble (没有任何付款资料遗失).
  const thing = e - 2;
  const clause = clauseAround(text, thing, Math.max(0, thing - DENIAL_REACH), thing);
  return !t.denials.some((d) => text.slice(clause.start, thing).includes(d));
}

/** How many characters before the thing a denial may stand. */
const DENIAL_REACH = 6;

function hanNamed(folded: string, t: HanTrouble): boolean {
  for (const w of t.words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) {
      if (hanNamedBefore(folded, at, t)) return true;
    }
  }
  return false;
}

/** Whether a folded text in `lang` names a thing together with its trouble. */
export function namesTroubledThing(folded: string, lang: Lang): boolean {
  for (const l of flagLangs(lang)) {
    const trouble = troubleOf(l);
    if (trouble.kind === 'han' ? hanNamed(folded, trouble.t) : latinNamed(tokensOf(folded), trouble.t)) return true;
  }
  return false;
}

interface ThingWords { things: PhraseSet; ownVoice: PhraseSet }
const thingWordsOf = perLanguage((lang): ThingWords => {
  const l = lexicon(lang).impact;
  return { things: phrases(l.things), ownVoice: phrases(l.ownVoice) };
});

/**
 * Whether a folded sentence in `lang` names something readers use ("the platform", 伺服器) and tells neither what
 * we did to it ("we restarted the server", 扩容数据库磁盘) nor a way around ("use the main site for now"): those say
 * nothing of what happened to it. Web addresses name pages, not things.
 */
export function namesThingNotOurAction(folded: string, lang: Lang): boolean {
  const text = folded.replace(URL, ' ');
  const langs = flagLangs(lang);
  if (!langs.some((l) => thingWordsOf(l).things.test(text))) return false;
  return !langs.some((l) => thingWordsOf(l).ownVoice.test(text)) && !offersWayAround(text);
}
