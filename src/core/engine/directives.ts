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

  /** A per-rule predicate over lines, computed once per rule (documents may have thousands of findings). */
  forRule(rule: Rule): (line: number) => boolean {
    const nextLines = new Set<number>();
    // Half-open [from, to) line intervals where the rule is disabled by disable/enable pairs.
    const intervals: Array<[number, number]> = [];
    let disabledFrom: number | undefined;
    for (const d of this.directives) {
      if (!matches(d.rules, rule)) continue;
      if (d.kind === 'disable-next-line') nextLines.add(d.line + 1);
      else if (d.kind === 'disable' && disabledFrom === undefined) disabledFrom = d.line;
      else if (d.kind === 'enable' && disabledFrom !== undefined) {
        intervals.push([disabledFrom, d.line]);
        disabledFrom = undefined;
      }
    }
    if (disabledFrom !== undefined) intervals.push([disabledFrom, Number.POSITIVE_INFINITY]);
    if (nextLines.size === 0 && intervals.length === 0) return () => false;
    return (line) => nextLines.has(line) || intervals.some(([a, b]) => line >= a && line < b);
  }
}
