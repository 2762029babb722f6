// Inline `<!-- postmortem-disable … -->` comments (found by the model, model/directives.ts): which rules are
// silenced on which lines.
import type { Directive, Rule } from '../types';

function matches(keys: string[], rule: Rule): boolean {
  if (keys.length === 0) return true;
  const id = rule.id.toLowerCase();
  const name = rule.name.toLowerCase();
  return keys.some((k) => {
    const l = k.toLowerCase();
    return l === id || l === name;
  });
}

/** Answers "is this rule silenced on this line?" for one document. */
export class Suppressions {
  private readonly directives: Directive[];
  /** Lookups made through the predicates and the halving steps they took (a work count for the tests, not timed). */
  readonly work = { lookups: 0, steps: 0 };

  constructor(directives: readonly Directive[] | undefined) {
    this.directives = (directives ?? [])
      .filter((d) => d && Number.isFinite(d.line) && Array.isArray(d.rules))
      .slice()
      .sort((a, b) => a.line - b.line);
  }

  get empty(): boolean {
    return this.directives.length === 0;
  }

  /** `disable-file` naming this rule (or no rule) anywhere in the document. */
  fileDisabled(rule: Rule): boolean {
    return this.directives.some((d) => d.kind === 'disable-file' && matches(d.rules, rule));
  }

  /**
   * A per-rule predicate over lines, computed once per rule (documents may have thousands of findings and thousands
   * of disable/enable pairs): a set of next lines and sorted disjoint intervals searched by halving, so a lookup costs
   * about log2(intervals) steps, counted in `work`.
   */
  forRule(rule: Rule): (line: number) => boolean {
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
