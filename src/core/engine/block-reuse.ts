// Findings of block-local rules reused for unchanged blocks. A block-local rule looks at each prose block of the
// document on its own: what it reports inside a block depends on that block's text (and whether it is quoted), the
// document's language and the rule's settings, nothing else. When the editor lints a new version of a document, the
// blocks the edit did not touch have the same text as in the last version, so their reports are taken from the last
// lint (positions moved to where the block now starts) and the rule runs only on the blocks that are new: on a 1 MB
// document one keystroke changes one block of thousands.
//
// The rule runs on a view of the document that lists only the new blocks (model/per-document-cache `withBlocks`);
// each report is filed under the block it falls in. A report that does not fall inside one of those blocks (a rule
// that is not block-local after all) makes the lint run the rule on the whole document instead, and nothing is kept.
// Results are kept per document URI for its latest version only (the map is rebuilt from the current blocks on each
// lint, so no text of an older version stays reachable), and dropped with the parse cache's clear(uri).
import type { PostmortemDocument, Rule, RuleContext, TextBlock } from '../types';
import { withBlocks } from '../model/per-document-cache';

/**
 * Rules whose reports in a block depend on that block alone (`ownBlocks`/`voiceText` per block, `rangeIn` inside it):
 * vendor-blame, tone, blameful-language. test/unit/engine/block-reuse.test.ts checks each against a fresh lint after
 * edits; a rule that starts reading other blocks or the rest of the document must leave this list.
 */
export const BLOCK_LOCAL_RULES: ReadonlySet<string> = new Set(['PM007', 'PM008', 'PM022']);

/** A report with its offsets relative to the start of its block. */
type RuleReport = Parameters<RuleContext['report']>[0];

interface Kept {
  start: number;
  end: number;
  message: string;
  severity: RuleReport['severity'];
  fix?: { title: string; edits: Array<{ start: number; end: number; newText: string }> };
}

interface RuleResults {
  /** What the kept reports depend on besides the blocks: language and the rule's resolved options. */
  key: string;
  /** Reports per block key (quoted or not + text). */
  byBlock: Map<string, Kept[]>;
}

/** Per document URI: per rule id. Bounded like the parse cache (least recently linted first out). */
export class BlockResults {
  private readonly docs = new Map<string, Map<string, RuleResults>>();

  constructor(private readonly capacity = 16) {}

  forDocument(uri: string): Map<string, RuleResults> {
    let d = this.docs.get(uri);
    if (d) {
      this.docs.delete(uri);
    } else {
      d = new Map();
      while (this.docs.size >= this.capacity) this.docs.delete(this.docs.keys().next().value as string);
    }
    this.docs.set(uri, d);
    return d;
  }

  clear(uri?: string): void {
    if (uri === undefined) this.docs.clear();
    else this.docs.delete(uri);
  }

  get size(): number {
    return this.docs.size;
  }
}

/** Start offsets and keys of a document's blocks, computed once per lint for every block-local rule. */
export interface BlockIndex {
  blocks: readonly TextBlock[];
  starts: number[];
  keys: string[];
}

export function blockIndex(doc: PostmortemDocument): BlockIndex {
  const blocks = doc.blocks;
  const starts = new Array<number>(blocks.length);
  const keys = new Array<string>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    starts[i] = doc.offsetAt(blocks[i].range.start);
    keys[i] = (blocks[i].inQuote ? 'q' : 'o') + blocks[i].text;
  }
  return { blocks, starts, keys };
}

/**
 * Runs block-local `rule` on the blocks of `doc` it has no kept reports for, and hands every report of the document,
 * kept or new, to `report` in block order (the order the rule itself reports in). Returns false, having reported
 * nothing, when a report fell outside the new blocks: the caller then runs the rule as usual.
 */
export function checkBlockLocal(
  rule: Rule, ctx: RuleContext, index: BlockIndex, store: Map<string, RuleResults>, key: string,
  report: (f: RuleReport) => void,
): boolean {
  const { doc } = ctx;
  const previous = store.get(rule.id);
  const kept = previous && previous.key === key ? previous.byBlock : undefined;
  const { blocks, starts, keys } = index;
  // Positions (in `blocks`) of the blocks to check now.
  const missing: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (!kept?.has(keys[i])) missing.push(i);
  const fresh = new Map<number, Kept[]>();
  if (missing.length > 0) {
    const reports: RuleReport[] = [];
    const view = withBlocks(doc, missing.map((i) => blocks[i]));
    rule.check({ ...ctx, doc: view, report: (f) => { reports.push(f); } });
    for (const i of missing) fresh.set(i, []);
    let j = 0;
    for (const f of reports) {
      const start = doc.offsetAt(f.range.start);
      const end = doc.offsetAt(f.range.end);
      // Reports come block by block; find the new block holding this one (usually the current or a later one).
      if (j >= missing.length || start < starts[missing[j]]) j = 0;
      while (j < missing.length && !(start >= starts[missing[j]] && start <= blockEnd(index, missing[j]))) j++;
      if (j >= missing.length) { store.delete(rule.id); return false; }
      const i = missing[j];
      const base = starts[i];
      const limit = blockEnd(index, i);
      if (end < start || end > limit) { store.delete(rule.id); return false; }
      const k: Kept = { start: start - base, end: end - base, message: f.message, severity: f.severity };
      if (f.fix && Array.isArray(f.fix.edits)) {
        const edits = [];
        for (const e of f.fix.edits) {
          const es = doc.offsetAt(e.range.start);
          const ee = doc.offsetAt(e.range.end);
          if (es < base || ee > limit || ee < es) { store.delete(rule.id); return false; }
          edits.push({ start: es - base, end: ee - base, newText: e.newText });
        }
        k.fix = { title: f.fix.title, edits };
      }
      fresh.get(i)!.push(k);
    }
  }
  const byBlock = new Map<string, Kept[]>();
  for (let i = 0; i < blocks.length; i++) {
    const list = fresh.get(i) ?? kept!.get(keys[i])!;
    byBlock.set(keys[i], list);
    const base = starts[i];
    for (const k of list) {
      const f: RuleReport = { message: k.message, range: { start: doc.positionAt(base + k.start), end: doc.positionAt(base + k.end) } };
      if (k.severity !== undefined) f.severity = k.severity;
      if (k.fix) {
        f.fix = {
          title: k.fix.title,
          edits: k.fix.edits.map((e) => ({ range: { start: doc.positionAt(base + e.start), end: doc.positionAt(base + e.end) }, newText: e.newText })),
        };
      }
      report(f);
    }
  }
  store.set(rule.id, { key, byBlock });
  return true;
}

function blockEnd(index: BlockIndex, i: number): number {
  return index.starts[i] + index.blocks[i].text.length;
}
