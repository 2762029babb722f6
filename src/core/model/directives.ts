// Inline `<!-- postmortem-disable ... -->` comments (also inside a line). Comments inside code blocks are text.
import type { Directive } from '../types';
import type { LineIndex } from './lines';

// Bounded and stopping at ">": an unclosed comment must not make the scan run to the end of the text each time.
const DIRECTIVE = /<!--\s*postmortem-(disable-next-line|disable-file|disable|enable)\b([^>]{0,1000}?)-->/g;

/** `line` is the line the comment starts on (for disable-next-line, the line after it is the one silenced). */
export function findDirectives(text: string, lines: LineIndex, codeLines: [number, number][]): Directive[] {
  const out: Directive[] = [];
  if (text.indexOf('postmortem-') === -1) return out;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let c = 0;
  while ((m = DIRECTIVE.exec(text))) {
    const line = lines.positionAt(m.index).line;
    while (c < codeLines.length && codeLines[c][1] < line) c++;
    if (c < codeLines.length && codeLines[c][0] <= line && line <= codeLines[c][1]) continue;
    const rules = m[2].split(/[\s,]+/).map((r) => r.trim()).filter((r) => r && r !== '--');
    out.push({ kind: m[1] as Directive['kind'], rules, line });
  }
  return out;
}
