// Timeline entries: list items and table rows under the Timeline section that start with a timestamp.
// A bare HH:MM takes the date of the entry before it (or of `started`) and the document zone.
import type { TextBlock, TimelineEntry, Timestamp } from '../types';
import type { LineIndex } from './lines';
import { leadingTimestamp, resolveStamp } from './stamps';

export function timelineFromText(
  block: TextBlock, itemStart: number, lines: LineIndex, _text: string, zone: string, baseDate: number | undefined,
): TimelineEntry | undefined {
  const stamp = leadingTimestamp(block.text);
  if (!stamp) return undefined;
  const base = lines.offsetAt(block.range.start);
  const r = resolveStamp(stamp.match, zone, baseDate);
  const timestamp: Timestamp = {
    raw: stamp.match.raw,
    range: lines.range(base + stamp.start, base + stamp.end),
    hasDate: r.hasDate,
    hasZone: r.hasZone,
  };
  if (r.at !== undefined) timestamp.at = r.at;
  if (r.error) timestamp.error = r.error;
  return {
    timestamp,
    text: block.text.slice(stamp.rest).replace(/^[\s*_`]+/, '').trim(),
    range: { start: lines.positionAt(Math.min(itemStart, base)), end: block.range.end },
  };
}
