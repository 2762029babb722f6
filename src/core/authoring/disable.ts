// "Disable this rule for this line": an inline directive before the finding's line. In the YAML front matter a
// Markdown comment would break the YAML, so there the rule is disabled for the file (right after the front matter).
import type { TextEdit } from '../types';
import { eolOf, frontMatterEnd, insertAt, splitLines } from './text';

export interface DisableEdit { edit: TextEdit; scope: 'line' | 'file' }

export function disableRuleEdit(text: string, line: number, ruleName: string): DisableEdit {
  const lines = splitLines(text);
  const nl = eolOf(text);
  const fmEnd = frontMatterEnd(lines);
  if (fmEnd !== undefined && line <= fmEnd) {
    return { edit: insertAt(fmEnd, lines[fmEnd].length, `${nl}<!-- postmortem-disable-file ${ruleName} -->`), scope: 'file' };
  }
  const l = Math.max(0, Math.min(line, lines.length - 1));
  const indent = /^[ \t]*/.exec(lines[l] ?? '')![0];
  return { edit: insertAt(l, 0, `${indent}<!-- postmortem-disable-next-line ${ruleName} -->${nl}`), scope: 'line' };
}
