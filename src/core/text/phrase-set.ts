// A compiled phrase list: finds its phrases in folded text, trying each phrase's own Unicode regex only at candidate
// starts where its first word is (./alternatives.ts). Long lists of plain names (vendors) go to a trie instead
// (./name-set.ts): same matches, linear build.
import { alternative, Alternatives, type PhraseHit } from './alternatives';
import { runEnd, runStart } from './chars';
import { byFirstChar, escape, listSource, needle } from './compile';
import { isPlainName, nameSet, type NameHit, type NameSet } from './name-set';

export interface Hit { index: number; length: number; text: string }

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
  /** The phrases (not the trie's names) in the order of one alternation of them: word-bounded first, longest first. */
  private readonly alternatives: Alternatives;
  /** One regex of every phrase (only without candidate starts, `scan` false), compiled on first use. */
  private wholeRegex: RegExp | undefined;
  private readonly source: () => string;
  /** Plain needles (see `needles`), compiled on first use. */
  private needleFinder: NextFinder | null | undefined;
  private readonly needleList: () => string[];
  /**
   * Plain alternation of the phrases' needles (no Unicode flag, no lookarounds): a range without any needle has no
   * match, so the costly regex only runs where a phrase may be. Undefined when some phrase has no needle.
   */
  private get needles(): NextFinder | undefined {
    if (this.needleFinder === undefined) {
      const list = this.needleList();
      this.needleFinder = this.noPhrases || list.includes('') ? null : new NextFinder(new RegExp(list.map(escape).join('|'), 'g'));
    }
    return this.needleFinder ?? undefined;
  }
  /**
   * Plain alternations of the phrases' starters (see `starter`): every match starts where the plain one matches, or at
   * the run start before a star literal. The Unicode regex then runs sticky at those few positions only instead of at
   * every character (it costs tens of ns per character). Not used (`scan` false) when some phrase has no starter.
   */
  private readonly plainStarts: NextFinder | undefined;
  private readonly starStarts: NextFinder | undefined;
  private readonly scan: boolean;
  /** No phrase for the regex (the set may still hold names). */
  private readonly noPhrases: boolean;
  /** The plain names, in a trie shared by every set built with the same names. */
  private readonly names: NameSet | undefined;
  readonly empty: boolean;

  /**
   * `phrases`, then `names` (literal names, e.g. vendors: see `literal`), in one set: a match is the leftmost, and at
   * one start the first in phrase order (word-bounded phrases first, longer first, then as listed). Plain names are
   * matched by a trie, whose cost stays linear in long configured lists; the rest by one regex.
   */
  constructor(phrases: readonly string[], names: readonly string[] = []) {
    const trimmed = (xs: readonly string[]) => [...new Set(xs.map((p) => p.trim()).filter(Boolean))];
    const plainNames = trimmed(names).filter(isPlainName);
    const inTrie = new Set(plainNames);
    const list = trimmed([...phrases, ...names.filter((n) => !inTrie.has(n.trim()))]).sort((a, b) => b.length - a.length);
    this.names = plainNames.length ? nameSet(plainNames) : undefined;
    this.noPhrases = list.length === 0;
    this.empty = this.noPhrases && !this.names;
    const alternatives = list.map(alternative);
    this.alternatives = new Alternatives([...alternatives.filter((a) => a.bounded), ...alternatives.filter((a) => !a.bounded)]);
    this.source = () => (this.noPhrases ? '(?!)' : listSource(list));
    this.needleList = () => [...new Set(list.map(needle))];
    this.scan = !this.noPhrases && alternatives.every((x) => x.lit !== '');
    const alternation = (srcs: string[]) => (srcs.length ? new NextFinder(new RegExp([...new Set(srcs)].join('|'), 'g')) : undefined);
    // Candidate starts, by plain regexes (no Unicode flag, no lookarounds), only with `scan`.
    if (!this.scan) return;
    // Each alternative's candidate source (see Alternative.start): the words of a plain-words phrase, checked in code at
    // each start found; for other phrases their whole plain superset.
    const starters = alternatives.map((a) => a.start);
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
    if (this.names) return true;
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
   * The leftmost match starting at or after `from` (what one regex of phrases and names would find from `from`), when
   * it ends by `to`; undefined otherwise.
   */
  private leftmost(folded: string, from: number, to: number, search?: SearchState): Hit | undefined {
    // Within one `all()` walk, once no phrase starts in [f, to), none starts after f either: searching again from each
    // name hit would scan to `to` every time ("due to AWS AWS AWS …" was quadratic).
    const phrasesLeft = !this.noPhrases && !(search && search.noPhraseFrom <= from);
    const m = phrasesLeft ? this.phraseLeftmost(folded, from, to) : null;
    if (phrasesLeft && !m && search) search.noPhraseFrom = from;
    const n = this.names?.leftmost(folded, from, m ? m.index + 1 : to);
    const hit = n && (!m || n.index < m.index || !this.phraseFirst(folded, n)) ? n : m;
    if (!hit) return undefined;
    const { index, length } = hit;
    return index + length <= to ? { index, length, text: folded.slice(index, index + length) } : undefined;
  }

  /** Whether a phrase that matches where name hit `n` starts comes before it in phrase order (ties: phrases first). */
  private phraseFirst(folded: string, n: NameHit): boolean {
    for (const alt of this.alternatives.order) {
      if (!alt.bounded || alt.phrase.length < n.nameLength) return false;
      if (this.alternatives.matches(alt, folded, n.index)) return true;
    }
    return false;
  }

  /**
   * The leftmost phrase match starting in [from, to) (what `re` finds from `from`), wherever it ends. Only candidate
   * starts are tried, in order, with the sticky regex.
   */
  private phraseLeftmost(folded: string, from: number, to: number): PhraseHit | null {
    if (!this.scan) {
      const re = (this.wholeRegex ??= new RegExp(this.source(), 'gu'));
      re.lastIndex = from;
      const m = re.exec(folded);
      return m && m.index < to ? { index: m.index, length: m[0].length } : null;
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
    while (p !== -1 || s !== -1) {
      const at = p === -1 ? s : s === -1 ? p : Math.min(p, s);
      const m = this.alternatives.matchAt(folded, at);
      if (m) return m;
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
    return null;
  }

  /**
   * False when no match can lie in [from, to) (a cheap look for the phrases' literals, or the search itself over a
   * whole text); true says nothing. Lets a rule skip a text's sentences when none of them can match.
   */
  mayOccur(folded: string, from = 0, to = folded.length): boolean {
    if (this.empty) return false;
    // Over a whole text, with candidate starts, the search itself is the cheaper look (the starter scan runs faster
    // than the needle scan, and later searches reuse its position), and exact: no match here means none anywhere.
    if ((this.scan || this.names) && to === folded.length) return this.leftmost(folded, from, to) !== undefined;
    return this.mayMatch(folded, from, to);
  }

  /** Every non-overlapping match in `folded`, left to right. */
  all(folded: string, from = 0, to = folded.length): Hit[] {
    if (this.empty || !this.worthScanning(folded, from, to)) return [];
    const out: Hit[] = [];
    const search: SearchState = { noPhraseFrom: Number.POSITIVE_INFINITY };
    let at = from;
    let m: Hit | undefined;
    while ((m = this.leftmost(folded, at, to, search)) !== undefined) {
      if (m.length === 0) {
        at = m.index + 1;
        continue;
      }
      out.push(m);
      at = m.index + m.length;
    }
    return out;
  }

  first(folded: string, from = 0, to = folded.length): Hit | undefined {
    if (this.empty || !this.worthScanning(folded, from, to)) return undefined;
    return this.leftmost(folded, from, to);
  }

  test(folded: string, from = 0, to = folded.length): boolean {
    return this.first(folded, from, to) !== undefined;
  }

  /** `folded` with every match blanked to spaces: the same offsets, read as if the matches were not there. */
  blankedIn(folded: string): string {
    const hits = this.all(folded);
    if (hits.length === 0) return folded;
    let out = '';
    let last = 0;
    for (const h of hits) {
      out += folded.slice(last, h.index) + ' '.repeat(h.length);
      last = h.index + h.length;
    }
    return out + folded.slice(last);
  }
}

/** What one left-to-right walk over [from, to) has learnt: no phrase starts at or after `noPhraseFrom`. */
interface SearchState {
  noPhraseFrom: number;
}

const sets = new Map<string, PhraseSet>();
/** A cached PhraseSet for a phrase list and literal names (lexicon lists are static, so compile once). */
export function phrases(list: readonly string[], names: readonly string[] = []): PhraseSet {
  const key = `${list.join('\u0000')}\u0001${names.join('\u0000')}`;
  let s = sets.get(key);
  if (!s) {
    s = new PhraseSet(list, names);
    // Lexicon lists are few; configured vendor lists add more: a cap keeps a long editor session bounded.
    if (sets.size >= 256) sets.clear();
    sets.set(key, s);
  }
  return s;
}

/** Whether a phrase of `set` found in [from, at) ends at `at`, or only spaces lie between them ("resolved since …"). */
export function endsRightBefore(set: PhraseSet, t: string, from: number, at: number): boolean {
  return set.all(t, from, at).some((p) => t.slice(p.index + p.length, at).trim() === '');
}
