// Where markdown-it's block tokens lie in the source text. markdown-it hands out content strings and line maps, not
// offsets; the model needs offsets (a TextBlock's text has the length of the source it covers). Every search here
// stays inside the lines the token covers, so a token markdown-it rewrote never costs a scan of the rest of the text.
import type { Range } from '../types';
import type { LineIndex } from './lines';
import { maskComments } from '../text/comments';

/** A span of the source: its offsets, its first line and (when known) its last line; -1 means "search for it". */
export interface SourceSpan { start: number; end: number; line: number; endLine?: number }

/**
 * Where an inline token's content lies in the source: its first line is found in the token's first source line,
 * its last line in the last one. Falls back to the whole lines when markdown-it rewrote the text (tabs, NUL).
 */
export function findContent(content: string, firstLine: number, lines: LineIndex, lastLine = firstLine): SourceSpan | undefined {
  if (!content || firstLine < 0 || firstLine >= lines.lineCount) return undefined;
  const text = lines.text;
  lastLine = Math.min(Math.max(lastLine, firstLine), lines.lineCount - 1);
  const nl = content.indexOf('\n');
  const head = nl === -1 ? content : content.slice(0, nl);
  // Searched in place (no slice of the line): the first occurrence that fits in the line.
  const lineStart = lines.starts[firstLine];
  const lineEnd = lines.ends[firstLine];
  const found = indexIn(text, head, lineStart, lineEnd);
  const inLine = found !== -1;
  const start = inLine ? found : lineStart + indentIn(text, lineStart, lineEnd);
  let end: number;
  if (nl === -1 || lastLine === firstLine) {
    end = inLine || (start + head.length <= lineEnd && text.startsWith(head, start)) ? start + head.length : lineEnd;
  } else {
    const tail = content.slice(content.lastIndexOf('\n') + 1).trimStart();
    const j = lastIndexIn(text, tail, lines.starts[lastLine], lines.ends[lastLine]);
    end = j === -1 ? lines.ends[lastLine] : j + tail.length;
  }
  return { start, end: Math.max(start, end), line: firstLine, endLine: nl === -1 ? firstLine : lastLine };
}

/**
 * Where a table cell's content starts in its row line (-1: not found), searched from the end of the previous cell.
 * The search stays inside the line: a cell markdown-it rewrote must not cost a scan of the rest of the document.
 */
export function findCell(content: string, line: number, from: number, lines: LineIndex): number {
  if (line < 0 || line >= lines.lineCount || !content) return -1;
  return indexIn(lines.text, content, from, lines.ends[line]);
}

/**
 * First index of `needle` lying wholly inside text[from, end), or -1 (`''` is found at `from`). Bounded, unlike
 * `text.indexOf`, which would run on through the rest of the document when the needle is not in the line.
 */
function indexIn(text: string, needle: string, from: number, end: number): number {
  const last = end - needle.length;
  if (needle === '') return from <= last ? from : -1;
  const c0 = needle.charCodeAt(0);
  for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i) === c0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Last index of `needle` lying wholly inside text[from, end), or -1 (`''` is found at `end`). */
function lastIndexIn(text: string, needle: string, from: number, end: number): number {
  const last = end - needle.length;
  if (needle === '') return last >= from ? last : -1;
  const c0 = needle.charCodeAt(0);
  for (let i = last; i >= from; i--) {
    if (text.charCodeAt(i) === c0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Drops comment-only edges of a span: "We are sorry. <!-- expect: PM001 -->" ends after "sorry.". */
export function trimMasked(span: SourceSpan | undefined, text: string): SourceSpan | undefined {
  if (!span) return undefined;
  const src = text.slice(span.start, span.end);
  if (src.indexOf('<!--') === -1) return span.end > span.start ? span : undefined;
  const masked = maskComments(src);
  const lead = masked.length - masked.trimStart().length;
  const body = masked.trim();
  if (!body) return undefined;
  // Trimming may move the ends across lines: let spanRange search.
  const endLine = lead === 0 && body.length === src.length ? span.endLine : -1;
  return { start: span.start + lead, end: span.start + lead + body.length, line: span.line, endLine };
}

/** The range of a span whose first (and maybe last) line is known: no search needed when the guess holds. */
export function spanRange(span: SourceSpan, lines: LineIndex): Range {
  const starts = lines.starts;
  const firstLine = span.line;
  const start = span.start >= starts[firstLine] && span.start <= lines.ends[firstLine]
    ? { line: firstLine, character: span.start - starts[firstLine] }
    : lines.positionAt(span.start);
  const lastLine = span.endLine ?? firstLine;
  const end = lastLine < starts.length && span.end >= starts[lastLine] && span.end <= lines.ends[lastLine]
    ? { line: lastLine, character: span.end - starts[lastLine] }
    : lines.positionAt(span.end);
  return { start, end };
}

/** Where an ATX heading's text starts when its content could not be located: after the #s. */
export function headingContentStart(lines: LineIndex, line: number): number {
  const m = /^[ \t]{0,3}#{1,6}[ \t]*/.exec(lines.lineText(line));
  return lines.starts[line] + (m ? m[0].length : 0);
}

/** Index in its line of the first character that is not a space or tab (0 when there is none). */
function indentIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return i - start;
  }
  return 0;
}

/** Offset of a line's first character that is not a space or tab (its start when there is none). */
export function lineContentStart(lines: LineIndex, line: number): number {
  if (line < 0) return 0;
  if (line >= lines.lineCount) return lines.text.length;
  return lines.starts[line] + indentIn(lines.text, lines.starts[line], lines.ends[line]);
}

/** Whether a line holds only spaces and tabs. */
export function isBlankLine(lines: LineIndex, line: number): boolean {
  const text = lines.text;
  for (let i = lines.starts[line], end = lines.ends[line]; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
