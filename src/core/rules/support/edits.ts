// Where a rule's finding points and where its fix inserts text: whole lines, the title, new paragraphs written with
// the document's own line ending. Lines come from the model's one line table.
import { documentLines } from '../../model/parse';
import { isSpace } from '../../text/chars';
import type { PostmortemDocument, Range, TextEdit } from '../../types';

/** Whole-line range of `line` (clamped to the document). */
export function lineRange(doc: PostmortemDocument, line: number): Range {
  return documentLines(doc).lineRange(line);
}

/** The document's H1 title, else the front matter `title` or `kind` key, else the first line. */
export function titleRange(doc: PostmortemDocument): Range {
  const h1 = doc.sections.find((s) => s.level === 1);
  if (h1) return h1.headingRange;
  return doc.frontMatter.keyRange('title') ?? doc.frontMatter.keyRange('kind') ?? lineRange(doc, 0);
}

/** The line after which new top content goes: the H1 title, else the closing front matter fence, else none. */
function topAnchorLine(doc: PostmortemDocument): number | undefined {
  const h1 = doc.sections.find((s) => s.level === 1);
  if (h1) return h1.headingRange.start.line;
  if (doc.frontMatter.present && doc.frontMatter.range) return doc.frontMatter.range.end.line;
  return undefined;
}

function lineText(doc: PostmortemDocument, line: number): string | undefined {
  const lines = documentLines(doc);
  return line >= 0 && line < lines.lineCount ? lines.lineText(line) : undefined;
}

/** The document's line ending (its first one), so inserted text matches what the writer uses. */
function eol(doc: PostmortemDocument): string {
  const lines = documentLines(doc);
  if (lines.lineCount < 2) return '\n';
  return doc.text.slice(lines.ends[0], lines.starts[1]);
}

/** Whether `line` holds only whitespace (what trim removes); true past the document's last line. */
function blankOrPastEnd(doc: PostmortemDocument, line: number): boolean {
  const lines = documentLines(doc);
  if (line < 0 || line >= lines.lineCount) return true;
  for (let i = lines.starts[line], end = lines.ends[line]; i < end; i++) if (!isSpace(doc.text.charCodeAt(i))) return false;
  return true;
}

/** `block` written with the document's line ending. */
const withEol = (block: string, nl: string): string => (nl === '\n' || !block.includes('\n') ? block : block.split('\n').join(nl));

/**
 * An edit that inserts `block` (one or more lines, no trailing newline) as its own paragraph after `line`. Made for
 * each of thousands of findings on long incidents (next-update's fix): the lines are measured, not copied.
 */
export function insertBlockAfterLine(doc: PostmortemDocument, line: number, block: string): TextEdit {
  const nl = eol(doc);
  const lines = documentLines(doc);
  const end = { line, character: line >= 0 && line < lines.lineCount ? lines.lineLength(line) : 0 };
  // Keep a blank line on both sides so the new paragraph never merges with its neighbours.
  const tail = blankOrPastEnd(doc, line + 1) ? '' : nl;
  return { range: { start: end, end }, newText: `${nl}${nl}${withEol(block, nl)}${tail}` };
}

/** An edit that inserts `block` as its own paragraph before `line` (a heading). */
export function insertBlockBeforeLine(doc: PostmortemDocument, line: number, block: string): TextEdit {
  const nl = eol(doc);
  const pos = { line, character: 0 };
  const prev = lineText(doc, line - 1);
  const head = prev === undefined || prev.trim() === '' ? '' : nl;
  return { range: { start: pos, end: pos }, newText: `${head}${block.split('\n').join(nl)}${nl}${nl}` };
}

/** Insert `block` at the top of the document body (after the title or the front matter). */
export function insertBlockAtTop(doc: PostmortemDocument, block: string): TextEdit {
  const anchor = topAnchorLine(doc);
  if (anchor !== undefined) return insertBlockAfterLine(doc, anchor, block);
  const start = { line: 0, character: 0 };
  const nl = eol(doc);
  return { range: { start, end: start }, newText: `${block.split('\n').join(nl)}${nl}${nl}` };
}
