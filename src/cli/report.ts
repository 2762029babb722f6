// What the CLI reports per file, independent of the output format. Plain data: it crosses worker_threads.
import type { Finding, RuleError, Severity } from './core';

export interface CliMessage {
  /** 'PM007'; null for a problem that is not a rule's finding (unreadable file, binary file, crashed rule). */
  ruleId: string | null;
  ruleName: string | null;
  severity: Severity;
  message: string;
  /** 1-based; columns count UTF-16 code units like the editor. `endColumn` is just past the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  docsUrl?: string;
}

export interface AppliedFix { ruleId: string; ruleName: string; title: string }

export interface FileReport {
  /** Path relative to the working directory, with forward slashes (what every format prints). */
  path: string;
  absPath: string;
  messages: CliMessage[];
  /** Fixes written to the file by --fix. */
  fixed: AppliedFix[];
  /** Why --fix left the file alone although fixes were available. */
  fixSkipped?: string;
  /** The file could not be checked at all (unreadable, binary, not UTF-8). */
  unchecked?: boolean;
}

export interface Counts { errors: number; warnings: number; information: number; fixable: number }

export function fromFinding(f: Finding): CliMessage {
  return {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    fixable: !!f.fix && f.fix.edits.length > 0,
    docsUrl: f.docsUrl,
  };
}

/** A problem with the file itself, reported at its first character. */
export function fileProblem(message: string, severity: Severity = 'error'): CliMessage {
  return { ruleId: null, ruleName: null, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, fixable: false };
}

/** A rule that threw: shown (never swallowed) as an error, so CI does not pass on a rule that did not run. */
export function fromRuleError(e: RuleError): CliMessage {
  return fileProblem(`internal error in rule ${e.ruleId} ${e.ruleName}: ${e.message}`, 'error');
}

export function count(reports: readonly FileReport[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, information: 0, fixable: 0 };
  for (const r of reports) {
    for (const m of r.messages) {
      if (m.severity === 'error') c.errors++;
      else if (m.severity === 'warning') c.warnings++;
      else c.information++;
      if (m.fixable) c.fixable++;
    }
  }
  return c;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2 };

/**
 * Code-unit order. Rule ids (`PM` and three digits, or none) collate the same way; messages are only compared to
 * break a tie, where any fixed order will do. No ICU collator: its start-up (about 10-35 ms, on the first
 * localeCompare of the process) would be a large part of linting one document.
 */
function byCodeUnits(a: string | null, b: string | null): number {
  const x = a ?? '', y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Messages by position, then severity, rule id and text: the same order whichever thread produced them. */
export function sortMessages(messages: CliMessage[]): CliMessage[] {
  return messages.sort((a, b) =>
    a.line - b.line || a.column - b.column || RANK[a.severity] - RANK[b.severity] ||
    byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.message, b.message));
}
