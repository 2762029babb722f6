// Literal names (vendor lists, built in or configured) as a character trie: built in time linear in the total length of
// the names, and searched in time linear in the text. One regex alternation of tens of thousands of names took V8
// tens of seconds and gigabytes to compile (50,000 names: 26 s, 1.5 GB on the first lint).
// A name here matches exactly where its phrase (./compile.ts syntax) would: whole words, case and accents folded, a
// space matching any run of whitespace or hyphens. Names that use other syntax (wildcards, gaps, apostrophes, Han
// script, a leading non-letter) stay in the phrase regex: `isPlainName` tells them apart.
import { isSpace, wordCharAt, wordCharBefore } from './chars';
import { HAN } from './compile';
import { fold } from './fold';

export interface NameHit { index: number; length: number; rank: number; nameLength: number }

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `name` is matched by the trie: a wildcard-free, gap-free, apostrophe-free Latin name starting with a letter or digit. */
export function isPlainName(name: string): boolean {
  const p = fold(name.trim());
  return p !== '' && !HAN.test(p) && !/[*…'’]|\.\.\./.test(p) && LETTER_OR_DIGIT.test(p.charAt(0)) && !/\s-/.test(p);
}

const isBreak = (c: number) => c === 0x2d || isSpace(c);

/**
 * Plain names, each with its rank (its place in the phrase order: longest first, then as listed). The trie is flat:
 * one typed array per node field (node 0 the root; a name of n units adds at most n nodes, so the sizes are known
 * up front), and a node keeps its first edge in two numbers: most nodes of a name list have one edge, and a map per
 * node made the garbage collector most of the build time.
 */
export class NameSet {
  /** Per node: its first edge (a folded UTF-16 unit, -1 when none) and the node it leads to. */
  private readonly oneChar: Int32Array;
  private readonly oneNext: Int32Array;
  /** Per node with more than one edge: the others, by unit. */
  private readonly moreEdges = new Map<number, Map<number, number>>();
  /** Per node: the node after a word break (a run of whitespace or hyphens in the text), 0 when none. */
  private readonly gap: Int32Array;
  /** Per node: rank of the first name (in phrase order) that ends there, -1 when none does. */
  private readonly rank: Int32Array;
  /** Per node: length of that name as written (the phrase order sorts by it). */
  private readonly nameLength: Int32Array;
  /** Per node: 1 when the name ends in a letter or digit, so no letter, digit or `_` may follow it in the text. */
  private readonly wordEnd: Uint8Array;
  /** First units of the names: most text positions are rejected by one array read. */
  private readonly starts = new Uint8Array(0x10000);
  private nodes = 1;

  constructor(names: readonly string[]) {
    const ranked = names.map((name, i) => ({ name: name.trim(), i })).sort((a, b) => b.name.length - a.name.length || a.i - b.i);
    const capacity = ranked.reduce((n, x) => n + x.name.length, 1);
    this.oneChar = new Int32Array(capacity).fill(-1);
    this.oneNext = new Int32Array(capacity);
    this.gap = new Int32Array(capacity);
    this.rank = new Int32Array(capacity).fill(-1);
    this.nameLength = new Int32Array(capacity);
    this.wordEnd = new Uint8Array(capacity);
    ranked.forEach(({ name }, rank) => this.add(name, rank));
  }

  private newNode(): number {
    return this.nodes++;
  }

  private add(name: string, rank: number): void {
    const folded = fold(name);
    let at = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      if (isSpace(c)) {
        // A run of whitespace between words: one word break.
        while (i + 1 < folded.length && isSpace(folded.charCodeAt(i + 1))) i++;
        at = this.gap[at] || (this.gap[at] = this.newNode());
        continue;
      }
      if (at === 0) this.starts[c] = 1;
      at = this.next(at, c) ?? this.addEdge(at, c);
    }
    if (this.rank[at] !== -1) return; // the same name again (after folding): the first keeps its rank
    this.rank[at] = rank;
    this.nameLength[at] = name.length;
    this.wordEnd[at] = LETTER_OR_DIGIT.test(folded.charAt(folded.length - 1)) ? 1 : 0;
  }

  private next(at: number, c: number): number | undefined {
    return this.oneChar[at] === c ? this.oneNext[at] : this.moreEdges.get(at)?.get(c);
  }

  private addEdge(from: number, c: number): number {
    const to = this.newNode();
    if (this.oneChar[from] === -1) {
      this.oneChar[from] = c;
      this.oneNext[from] = to;
    } else {
      let more = this.moreEdges.get(from);
      if (!more) this.moreEdges.set(from, (more = new Map()));
      more.set(c, to);
    }
    return to;
  }

  /** The leftmost name starting in [from, before), the best-ranked one at that start; its end may lie anywhere. */
  leftmost(folded: string, from: number, before: number): NameHit | undefined {
    const end = Math.min(before, folded.length);
    for (let i = from; i < end; i++) {
      if (this.starts[folded.charCodeAt(i)] === 0 || wordCharBefore(folded, i)) continue;
      const best = { node: -1, end: 0 };
      this.walk(folded, 0, i, best);
      if (best.node !== -1) {
        return { index: i, length: best.end - i, rank: this.rank[best.node], nameLength: this.nameLength[best.node] };
      }
    }
    return undefined;
  }

  /** Every name that matches from node `at` at text offset `j`; keeps the best-ranked one's end node in `best`. */
  private walk(s: string, at: number, j: number, best: { node: number; end: number }): void {
    const rank = this.rank[at];
    if (rank !== -1 && (best.node === -1 || rank < this.rank[best.node]) && !(this.wordEnd[at] && wordCharAt(s, j))) {
      best.node = at;
      best.end = j;
    }
    if (j >= s.length) return;
    const c = s.charCodeAt(j);
    const next = this.next(at, c);
    if (next !== undefined) this.walk(s, next, j + 1, best);
    const gap = this.gap[at];
    if (gap !== 0 && isBreak(c)) {
      let k = j + 1;
      while (k < s.length && isBreak(s.charCodeAt(k))) k++;
      this.walk(s, gap, k, best);
    }
  }
}

const cache = new Map<string, NameSet>();
/** One NameSet per distinct list, shared by every language and rule that uses it. */
export function nameSet(names: readonly string[]): NameSet {
  const key = names.join('\u0000');
  let s = cache.get(key);
  if (!s) {
    s = new NameSet(names);
    // Configured lists change as a user edits them: a cap keeps a long editor session bounded.
    if (cache.size >= 16) cache.clear();
    cache.set(key, s);
  }
  return s;
}
