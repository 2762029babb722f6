// Lints one file: read, refuse binary or non-UTF-8 bytes, lint, and with --fix apply safe fixes and write them back
// safely (write-fix.ts).
// Runs in the main thread or in a worker; everything it returns is plain data.
import * as fs from 'fs';
import type { Config } from './core';
import { fixAll, lint, postmortemKind } from './core';
import type { AppliedFix, CliMessage, FileReport } from './report';
import { fileProblem, fromFinding, fromRuleError, sortMessages } from './report';
import { errorText, writeFixed } from './write-fix';

export interface FileTask {
  absPath: string;
  /** Relative to cwd, forward slashes. */
  path: string;
  config?: Config;
  now: number;
  fix: boolean;
}

const BOM = '\uFEFF';
// ignoreBOM: keep a byte-order mark in the text, so --fix can write it back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `undefined`: not a postmortem document (no `kind` in front matter, no `documents` mapping), nothing to report. */
export function lintFile(task: FileTask): FileReport | undefined {
  const report: FileReport = { path: task.path, absPath: task.absPath, messages: [], fixed: [] };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(task.absPath);
  } catch (e) {
    report.messages.push(fileProblem(`cannot read the file: ${errorText(e)}`));
    report.unchecked = true;
    return report;
  }
  if (bytes.includes(0)) {
    report.messages.push(fileProblem('binary file (contains NUL bytes): not checked'));
    report.unchecked = true;
    return report;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    report.messages.push(fileProblem('not UTF-8 text: not checked (save the file as UTF-8)'));
    report.unchecked = true;
    return report;
  }
  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(1);
  if (postmortemKind(text, task.absPath, task.config) === undefined) return undefined;

  const options = { uri: task.absPath, config: task.config, now: task.now };
  let result = lint(text, options);
  if (task.fix && result.findings.some((f) => f.fix)) {
    if (result.document.frontMatter.errors.length > 0) {
      report.fixSkipped = 'the front matter does not parse: fix it first, no other fix was applied';
    } else {
      const fixed = fixAll(text, options);
      const out = keepLineEndings(text, fixed.text);
      if (out !== text && fixed.applied.length > 0) {
        const written = writeFixed(task.absPath, bytes, (bom ? BOM : '') + out);
        if (written.written) {
          report.fixed = fixed.applied.map((f): AppliedFix => ({ ruleId: f.ruleId, ruleName: f.ruleName, title: f.fix?.title ?? '' }));
          result = fixed.result;
        } else {
          report.fixSkipped = written.reason;
        }
      }
    }
  }
  const messages: CliMessage[] = result.findings.map(fromFinding);
  for (const e of result.errors ?? []) messages.push(fromRuleError(e));
  report.messages = sortMessages(messages);
  return report;
}

/** Fixes insert `\n`; a file written with CRLF keeps CRLF. */
function keepLineEndings(original: string, fixed: string): string {
  if (!original.includes('\r\n') || /(^|[^\r])\n/.test(original)) return fixed;
  return fixed.replace(/\r?\n/g, '\r\n');
}
