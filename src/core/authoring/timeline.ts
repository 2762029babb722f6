// Add Timeline Entry: a new entry stamped now, after the last entry (list item or table row, as the document
// already writes them), in a new Timeline section when there is none. Returns where the caret goes.
import type { Position, PostmortemDocument, TextEdit } from '../types';
import { SECTION_HEADINGS } from './labels';
import { formatDateTime } from './time';
import { eolOf, insertAt, lastContentLine, sectionLastLine, splitLines } from './text';

export interface TimelineInsert {
  edit: TextEdit;
  /** Where the writer types the event, in the document after the edit. */
  caret: Position;
}

export function timelineEntryEdit(doc: PostmortemDocument, now: number, event = ''): TimelineInsert {
  const lines = splitLines(doc.text);
  const nl = eolOf(doc.text);
  const time = formatDateTime(now, doc.zone);
  const section = doc.section('timeline');
  if (section) {
    const lastEntry = doc.timeline[doc.timeline.length - 1];
    const endLine = lastEntry
      ? lastEntry.range.end.character === 0 && lastEntry.range.end.line > lastEntry.range.start.line
        ? lastEntry.range.end.line - 1
        : lastEntry.range.end.line
      : lastContentLine(lines, section.headingRange.start.line, sectionLastLine(doc, section.range));
    const anchorText = lines[endLine] ?? '';
    const isTable = /^\s*\|/.test(lastEntry ? lines[lastEntry.range.start.line] ?? '' : anchorText);
    const bullet = /^\s*([-*+])\s/.exec(anchorText)?.[1] ?? '-';
    const prefix = isTable ? `| ${time} | ` : `${bullet} ${time} — `;
    const line = isTable ? `${prefix}${event} |` : `${prefix}${event}`;
    // a list continues on the next line; a first entry after the heading gets a blank line
    const sep = endLine === section.headingRange.start.line ? `${nl}${nl}` : nl;
    return {
      edit: insertAt(endLine, anchorText.length, `${sep}${line}`),
      caret: { line: endLine + (sep === nl ? 1 : 2), character: prefix.length + event.length },
    };
  }
  const heading = `## ${SECTION_HEADINGS[doc.lang]?.timeline ?? 'Timeline'}`;
  const entry = `- ${time} — ${event}`;
  const sig = doc.signature?.source === 'paragraph' ? doc.signature.range.start.line : undefined;
  if (sig !== undefined && sig > 0) {
    return {
      edit: insertAt(sig, 0, `${heading}${nl}${nl}${entry}${nl}${nl}`),
      caret: { line: sig + 2, character: entry.length },
    };
  }
  const last = lastContentLine(lines, 0, lines.length - 1);
  return {
    edit: insertAt(last, lines[last].length, `${nl}${nl}${heading}${nl}${nl}${entry}`),
    caret: { line: last + 4, character: entry.length },
  };
}
