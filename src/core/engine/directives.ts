// Inline `<!-- postmortem-disable … -->` comments (found by the model, model/directives.ts): which rules are
// silenced on which lines.
import type { Directive, PostmortemDocument, Rule } from '../types';
import { scratch } from '../model/per-document-cache';

function matches(keys: string[], rule: Rule): boolean {
  if (keys.length === 0) return true;
  const id = rule.id.toLowerCase();
  const name = rule.name.toLowerCase();
  return keys.some((k) => {
    const l = k.toLowerCase();
    return l === id || l === name;
  });
}

const SUPPRESSIONS = Symbol('suppressions');

/** Answers "is this rule silenced on this line?" for one document. */
export class Suppressions {
  private readonly directives: Directive[];
  /** The `disable-file` directives (few, usually none), so the per-rule check does not walk every directive. */
  private readonly fileDirectives: Directive[];
  /** Per rule (id and name): its predicate, tables built on its first lookup. */
  private readonly byRule = new Map<string, (line: number) => boolean>();
  /** Lookups made through the predicates and the halving steps they took (a work count for the tests, not timed). */
  readonly work = { lookups: 0, steps: 0 };

  constructor(directives: readonly Directive[] | undefined) {
    const valid = (directives ?? []).filter((d) => d && Number.isFinite(d.line) && Array.isArray(d.rules));
    // The model lists them in line order already: sorted only when they are not.
    let sorted = true;
    for (let i = 1; i < valid.length && sorted; i++) sorted = valid[i - 1].line <= valid[i].line;
    this.directives = sorted ? valid : valid.sort((a, b) => a.line - b.line);
    this.fileDirectives = this.directives.filter((d) => d.kind === 'disable-file');
  }

  /**
   * The suppressions of a parsed document, made on its first lint and kept with it (its directives never change):
   * a document linted again, or one rule at a time, does not walk its directives again.
   */
  static of(doc: PostmortemDocument): Suppressions {
    return scratch(doc, SUPPRESSIONS, () => new Suppressions(doc.directives));
  }

  get empty(): boolean {
    return this.directives.length === 0;
  }

  /** `disable-file` naming this rule (or no rule) anywhere in the document. */
  fileDisabled(rule: Rule): boolean {
    return this.fileDirectives.length > 0 && this.fileDirectives.some((d) => matches(d.rules, rule));
  }

  /**
   * A per-rule predicate over lines (documents may have thousands of findings and thousands of disable/enable pairs):
   * a set of next lines and sorted disjoint intervals searched by halving, so a lookup costs about log2(intervals)
   * steps, counted in `work`. The tables are built on the first lookup, once per rule: a rule that reports nothing
   * never walks the directives.
   */
  forRule(rule: Rule): (line: number) => boolean {
    const key = `${rule.id}\u0000${rule.name}`;
    let predicate = this.byRule.get(key);
    if (!predicate) {
      let built: ((line: number) => boolean) | undefined;
      predicate = (line) => (built ??= this.build(rule))(line);
      this.byRule.set(key, predicate);
    }
    return predicate;
  }

  private build(rule: Rule): (line: number) => boolean {
    const nextLines = new Set<number>();
    // Half-open [from, to) line intervals where the rule is disabled by disable/enable pairs. The directives are sorted
    // by line and an interval ends before the next one opens, so `froms` and `tos` are both ascending.
    const froms: number[] = [];
    const tos: number[] = [];
    let disabledFrom: number | undefined;
    for (const d of this.directives) {
      if (!matches(d.rules, rule)) continue;
      if (d.kind === 'disable-next-line') nextLines.add(d.line + 1);
      else if (d.kind === 'disable' && disabledFrom === undefined) disabledFrom = d.line;
      else if (d.kind === 'enable' && disabledFrom !== undefined) {
        froms.push(disabledFrom);
        tos.push(d.line);
        disabledFrom = undefined;
      }
    }
    if (disabledFrom !== undefined) {
      froms.push(disabledFrom);
      tos.push(Number.POSITIVE_INFINITY);
    }
    if (nextLines.size === 0 && froms.length === 0) return () => false;
    const work = this.work;
    return (line) => {
      work.lookups++;
      if (nextLines.has(line)) return true;
      // The last interval that opens at or before `line`.
      let lo = 0;
      let hi = froms.length;
      while (lo < hi) {
        work.steps++;
        const mid = (lo + hi) >>> 1;
        if (froms[mid] <= line) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && line < tos[lo - 1];
    };
  }
}
