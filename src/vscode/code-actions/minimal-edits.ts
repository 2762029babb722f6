// The smallest edits that turn one text into another, as offsets in the first. Fix All applies these instead of
// replacing the whole document, so text, markers and the caret outside the fixes stay where they are. Pure: no
// `vscode` import (unit-tested in Node).
import { diffLines } from 'diff';

export interface OffsetEdit { start: number; end: number; newText: string }

/** Past this many changed lines the diff stops and one edit (trimmed of what both texts share) is returned. */
const MAX_CHANGED_LINES = 5000;

export function minimalEdits(before: string, after: string): OffsetEdit[] {
  if (before === after) return [];
  const changes = diffLines(before, after, { maxEditLength: MAX_CHANGED_LINES });
  if (!changes) return [trimmed(before, { start: 0, end: before.length, newText: after })];
  const edits: OffsetEdit[] = [];
  let offset = 0;
  let pending: OffsetEdit | undefined;
  for (const change of changes) {
    if (change.added || change.removed) {
      pending ??= { start: offset, end: offset, newText: '' };
      if (change.added) pending.newText += change.value;
      else pending.end = offset += change.value.length;
      continue;
    }
    if (pending) edits.push(trimmed(before, pending));
    pending = undefined;
    offset += change.value.length;
  }
  if (pending) edits.push(trimmed(before, pending));
  return edits;
}

/** Drops the head and tail a replaced text shares with its replacement, never splitting a CRLF or a surrogate pair. */
function trimmed(before: string, edit: OffsetEdit): OffsetEdit {
  const old = before.slice(edit.start, edit.end);
  const neu = edit.newText;
  const shorter = Math.min(old.length, neu.length);
  let head = 0;
  while (head < shorter && old[head] === neu[head]) head++;
  while (head > 0 && (splitsPair(old, head) || splitsPair(neu, head))) head--;
  let tail = 0;
  while (tail < shorter - head && old[old.length - 1 - tail] === neu[neu.length - 1 - tail]) tail++;
  while (tail > 0 && (splitsPair(old, old.length - tail) || splitsPair(neu, neu.length - tail))) tail--;
  return { start: edit.start + head, end: edit.end - tail, newText: neu.slice(head, neu.length - tail) };
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
