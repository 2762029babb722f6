// Applying fixes: text edits to a string, and "fix all" that repeats until nothing fixable is left.
import type { Finding, LintOptions, LintResult, TextEdit } from '../types';
import { LineIndex } from '../model/lines';

interface OffsetEdit { start: number; end: number; newText: string; order: number }

function toOffsets(index: LineIndex, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((e, order) => {
    const r = index.clampRange(e.range);
    return { start: index.offsetAt(r.start), end: index.offsetAt(r.end), newText: String(e.newText ?? ''), order };
  });
}

/**
 * Applies non-overlapping edits (ranges refer to the original text). Insertions at the same point keep their order.
 * An edit that overlaps an earlier one is skipped rather than corrupting the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = toOffsets(new LineIndex(text), edits).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Two edits conflict when they overlap or touch (the order of adjacent edits from different fixes is ambiguous). */
function conflicts(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Picks whole fixes whose edits neither conflict with each other's nor with an already picked fix. */
export function selectFixes(text: string, findings: readonly Finding[]): { edits: TextEdit[]; findings: Finding[] } {
  const index = new LineIndex(text);
  const taken: OffsetEdit[] = [];
  const edits: TextEdit[] = [];
  const picked: Finding[] = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0) continue;
    const offs = toOffsets(index, f.fix.edits);
    const selfOverlap = offs.some((a, i) => offs.some((b, j) => j > i && a.start < b.end && b.start < a.end));
    if (selfOverlap || offs.some((a) => taken.some((b) => conflicts(a, b)))) continue;
    taken.push(...offs);
    edits.push(...f.fix.edits);
    picked.push(f);
  }
  return { edits, findings: picked };
}

export interface FixAllResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: Finding[];
  passes: number;
  /** The lint result of the final text. */
  result: LintResult;
}

export interface FixAllOptions extends LintOptions {
  /** Only fixes of findings passing this filter are applied (e.g. one rule). */
  filter?: (f: Finding) => boolean;
  /** Maximum passes (a fix may reveal another); default 5. */
  maxPasses?: number;
}

/**
 * Applies every non-overlapping fix, re-lints, and repeats until no fix applies or the pass limit is hit.
 * `lint` is passed in so this file does not depend on the engine (and tests can count passes).
 */
export function fixAllWith(
  lint: (text: string, options: LintOptions) => LintResult,
  text: string,
  options: FixAllOptions,
): FixAllResult {
  const { filter, maxPasses = 5, ...rest } = options;
  // No uri/version: each pass is a new text, and the editor's parse cache must not see it.
  const lintOptions: LintOptions = { ...rest, uri: undefined, version: undefined };
  let current = text;
  let result = lint(current, lintOptions);
  const applied: Finding[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    // A guessed rule name for a misspelt disable comment (PM000) changes what is silenced: the writer picks it
    // as a quick fix, fix-all never applies it.
    const candidates = result.findings.filter((f) => f.fix && f.ruleId !== 'PM000' && (!filter || filter(f)));
    const { edits, findings } = selectFixes(current, candidates);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    passes++;
    if (next === current) break;
    applied.push(...findings);
    current = next;
    result = lint(current, lintOptions);
  }
  return { text: current, applied, passes, result };
}
