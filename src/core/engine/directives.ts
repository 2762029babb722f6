// Inline `<!-- postmortem-disable … -->` comments: which rules are silenced on which lines.
import type { Directive, Rule } from '../types';

const DIRECTIVE_RE = /<!--\s*postmortem-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->/g;

/** Directives found in `text` (the model fills `doc.directives` with this, skipping code blocks). */
export function scanDirectives(text: string, isInCode?: (line: number) => boolean): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('postmortem-')) return out;
  let line = 0;
  let lineStart = 0;
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(text); m; m = DIRECTIVE_RE.exec(text)) {
    for (let i = text.indexOf('\n', lineStart); i !== -1 && i < m.index; i = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = i + 1;
    }
    if (isInCode?.(line)) continue;
    const rules = m[2].split(/[\s,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
    out.push({ kind: m[1] as Directive['kind'], rules, line });
  }
  return out;
}

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
