// Timeline entries: list items and table rows under the Timeline section that start with a timestamp.
// A bare HH:MM takes the date of the entry before it (or of `started`) and the document zone.
import type { Range, TextBlock, TimelineEntry } from '../types';
import type { LineIndex } from './lines';
import { leadingTimestamp, makeTimestamp, resolveStamp } from './leading-timestamps';

export function timelineFromText(
  block: TextBlock, itemStart: number, lines: LineIndex, _text: string, zone: string, baseDate: number | undefined,
  /** The entry's range when the caller knows it (a table row): saves computing one that would be replaced. */
  range?: Range,
): TimelineEntry | undefined {
  const stamp = leadingTimestamp(block.text);
  if (!stamp) return undefined;
  const base = lines.offsetAt(block.range.start);
  const r = resolveStamp(stamp.match, zone, baseDate);
  const timestamp = makeTimestamp(stamp.match.raw, lines.range(base + stamp.start, base + stamp.end), r);
  return {
    timestamp,
    text: block.text.slice(stamp.rest).replace(/^[\s*_`]+/, '').trim(),
    range: range ?? { start: lines.positionAt(Math.min(itemStart, base)), end: block.range.end },
  };
}
