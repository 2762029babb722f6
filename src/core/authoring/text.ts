// Line-level helpers for edits computed from a document's text (the model gives ranges; edits need exact lines).
import type { PostmortemDocument, Position, TextEdit } from '../types';
import { LineIndex } from '../model/lines';

/** The document's lines as the model and the editor count them (\n, \r\n and a lone \r break a line). */
export function splitLines(text: string): string[] {
  const index = new LineIndex(text);
  return Array.from({ length: index.lineCount }, (_, line) => index.lineText(line));
}

/** The line ending new text uses: CRLF when the document has one, a lone CR when it uses only those, else LF. */
export function eolOf(text: string): string {
  if (/\r\n/.test(text)) return '\r\n';
  return /\r/.test(text) && !/\n/.test(text) ? '\r' : '\n';
}

/** Line index of the closing front matter fence, or undefined when the document has no (closed) front matter. */
export function frontMatterEnd(lines: readonly string[]): number | undefined {
  if (lines.length === 0 || lines[0].trim() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return i;
  return undefined;
}

/** Last line in [from, to] that is not blank; `from` when all are blank. */
export function lastContentLine(lines: readonly string[], from: number, to: number): number {
  let l = Math.min(to, lines.length - 1);
  while (l > from && lines[l].trim() === '') l--;
  return l;
}

/** The last line a section really covers: its range end, minus the signature paragraph when the section runs into it. */
export function sectionLastLine(doc: PostmortemDocument, range: { start: Position; end: Position }): number {
  let end = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const sig = doc.signature;
  if (sig && sig.source === 'paragraph' && sig.range.start.line > range.start.line && sig.range.start.line <= end) {
    end = sig.range.start.line - 1;
  }
  return end;
}

export function insertAt(line: number, character: number, newText: string): TextEdit {
  const p = { line, character };
  return { range: { start: p, end: p }, newText };
}

/** Join lines with the document's line ending. */
export function joinLines(block: string, nl: string): string {
  return block.replace(/\r?\n/g, nl);
}
