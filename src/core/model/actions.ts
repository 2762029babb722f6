// Corrective actions: list items under the Corrective actions section, e.g.
// "[ ] Add a circuit breaker to the card client — owner: @sam — due: 2026-12-06", in any supported language.
import type { CorrectiveAction, TextBlock, Timestamp } from '../types';
import { LANGS } from '../types';
import { lexicon } from '../lexicon';
import { matchTimestampAt, resolveTimestamp } from '../time';
import type { LineIndex } from './lines';
import { escape } from '../text/compile';

const CHECKBOX = /^\[( |x|X)\]\s*/;

let labels: { owner: RegExp; due: RegExp } | undefined;

/** A label as a pattern: literal, any run of spaces for a space, either apostrophe for one. */
function labelPattern(s: string): string {
  return escape(s).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

function build() {
  if (!labels) {
    const owner = new Set<string>(), due = new Set<string>();
    for (const l of LANGS) {
      lexicon(l).structure.ownerLabels.forEach((x) => owner.add(x));
      lexicon(l).structure.dueLabels.forEach((x) => due.add(x));
    }
    const alt = (s: Set<string>) => [...s].sort((a, b) => b.length - a.length).map(labelPattern).join('|');
    // A label starts the text or follows a separator or space, and is followed by ":" (or a space before the value).
    labels = {
      owner: new RegExp(String.raw`(?:^|[\s(,;—–|·，；（])(?:${alt(owner)})\s*[:：]\s*`, 'iu'),
      due: new RegExp(String.raw`(?:^|[\s(,;—–|·，；（])(?:${alt(due)})\s*[:：]?\s*(?=\d)`, 'iu'),
    };
  }
  return labels;
}

/** The owner value: an @handle, or words up to the next separator. */
const OWNER_VALUE = /^(@[\w.-]+(?:\/[\w.-]+)?|[^—–|·,;，；()（）\n]+?)(?=\s*(?:$|[—–|·,;，；()（）]|\s-\s|\s+(?:due|échéance|fällig|frist|termin|截止|期限)\b))/iu;
const MENTION = /(?:^|\s)(@[A-Za-z0-9][\w.-]*)/;

export function parseCorrectiveAction(block: TextBlock, lines: LineIndex, _text: string, zone: string): CorrectiveAction | undefined {
  const base = lines.offsetAt(block.range.start);
  let src = block.text;
  let skip = 0;
  let done = false;
  const cb = CHECKBOX.exec(src);
  if (cb) { done = cb[1] !== ' '; skip = cb[0].length; }
  src = src.slice(skip);
  if (!src.trim()) return undefined;
  const { owner: ownerRe, due: dueRe } = build();
  const action: CorrectiveAction = {
    text: src,
    range: lines.range(base + skip, base + skip + src.length),
    done,
  };
  const o = ownerRe.exec(src);
  if (o) {
    const rest = src.slice(o.index + o[0].length);
    const v = OWNER_VALUE.exec(rest);
    const value = v?.[1].trim();
    if (value) action.owner = value;
  } else {
    const m = MENTION.exec(src);
    if (m) action.owner = m[1];
  }
  const d = dueRe.exec(src);
  if (d) {
    const at = d.index + d[0].length;
    const match = matchTimestampAt(src, at, false);
    if (match) {
      const r = resolveTimestamp(match, { zone });
      const due: Timestamp = {
        raw: match.raw,
        range: lines.range(base + skip + at, base + skip + at + match.length),
        hasDate: r.hasDate,
        hasZone: r.hasZone,
      };
      if (r.at !== undefined) due.at = r.at;
      if (r.error) due.error = r.error;
      action.due = due;
    }
  }
  return action;
}

/** Header words of a corrective-action table's columns, in every language ("Owner", "Verantwortlich", "负责人"). */
function columnOf(header: string): 'owner' | 'due' | 'done' | undefined {
  const h = header.replace(/[*_`:：]/g, '').trim().toLowerCase();
  if (!h) return undefined;
  for (const l of LANGS) {
    const s = lexicon(l).structure;
    if (s.ownerLabels.includes(h)) return 'owner';
    if (s.dueLabels.includes(h)) return 'due';
  }
  if (/^(?:status|done|état|statut|erledigt|状态|狀態|完成)$/.test(h)) return 'done';
  return undefined;
}

const DONE_CELL = /^(?:\[x\]|✅|✓|✔|done|fait|terminé|erledigt|abgeschlossen|已完成|完成)$/i;

/**
 * A row of a corrective-action table (| Action | Owner | Due |): the action is the first cell that is not an
 * owner, due or status column.
 */
export function actionFromRow(
  cells: { block?: TextBlock; content: string }[], headers: string[], lines: LineIndex, zone: string,
): CorrectiveAction | undefined {
  const kinds = cells.map((_, k) => columnOf(headers[k] ?? ''));
  const main = cells.findIndex((c, k) => kinds[k] === undefined && c.block);
  if (main === -1) return undefined;
  const block = cells[main].block!;
  const action = parseCorrectiveAction(block, lines, '', zone);
  if (!action) return undefined;
  cells.forEach((c, k) => {
    const value = c.content.trim();
    if (!value) return;
    if (kinds[k] === 'owner' && !action.owner) action.owner = value;
    else if (kinds[k] === 'done') action.done = action.done || DONE_CELL.test(value);
    else if (kinds[k] === 'due' && !action.due && c.block) {
      const base = lines.offsetAt(c.block.range.start);
      const match = matchTimestampAt(c.block.text, 0, false);
      if (!match) return;
      const r = resolveTimestamp(match, { zone });
      const due: Timestamp = { raw: match.raw, range: lines.range(base, base + match.length), hasDate: r.hasDate, hasZone: r.hasZone };
      if (r.at !== undefined) due.at = r.at;
      if (r.error) due.error = r.error;
      action.due = due;
    }
  });
  return action;
}
