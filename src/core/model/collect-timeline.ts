// Timeline entries: the first paragraph of a list item, or a table row, under the Timeline section, that starts with
// a timestamp. A bare time takes the date of the entry or date heading before it ("### 2026-11-21"), else `started`'s.
import type { DocumentMeta, Range, TextBlock, TimelineEntry } from '../types';
import type { LineIndex } from './lines';
import { timelineFromText } from './timeline';
import { maskComments } from '../text/comments';
import { matchTimestampAt, resolveTimestamp, zoneInLabel } from '../time';

/** A table cell with the prose block made of it (data cells found in their line). */
export interface RowCell { block?: TextBlock; content: string }

export class TimelineCollector {
  readonly timeline: TimelineEntry[] = [];
  private lastAt: number | undefined;
  /** The zone the current table's time column names in its header ("Time (UTC)", "時間 (UTC+8)"). */
  private columnZone: string | undefined;

  constructor(private readonly lines: LineIndex, private readonly meta: DocumentMeta, private readonly zone: string) {}

  /** A list item whose first paragraph is `block`; the entry's range starts at the item's marker. */
  item(block: TextBlock, markerStart: number): void {
    this.add(timelineFromText(block, markerStart, this.lines, this.lines.text, this.zone, this.baseDate()));
  }

  /**
   * A heading inside the Timeline that starts with a date ("### 2026-11-21", "### 21.11.2026"): the bare times listed
   * under it happened that day. Held as noon of that day, so that a bare time written in another zone than the
   * document's still takes the same calendar date.
   */
  heading(text: string): void {
    const m = matchTimestampAt(maskComments(text).trim(), 0, false);
    if (m?.year === undefined || m.month === undefined || m.day === undefined) return;
    const at = resolveTimestamp(m.hour === undefined ? { ...m, hour: 12, minute: 0 } : m, { zone: this.zone }).at;
    if (at !== undefined) this.lastAt = at;
  }

  /** A new table: its header, if any, says again which zone its times are in. */
  table(): void {
    this.columnZone = undefined;
  }

  /** A table's header row: a zone named over the time column applies to every time in that column. */
  headerRow(cells: RowCell[]): void {
    this.columnZone = cells.length > 0 ? zoneInLabel(maskComments(cells[0].content)) : undefined;
  }

  /** "| 14:02 | Deploy starts |": the event is the other cells; "| 14:02 Deploy starts |" keeps its own text. */
  row(cells: RowCell[], range: Range): void {
    const first = cells[0].block;
    if (!first) return;
    const zone = this.columnZone ?? this.zone;
    const entry = timelineFromText(first, 0, this.lines, this.lines.text, zone, this.baseDate(), range);
    if (!entry) return;
    // A time under "Time (UTC)" carries its zone as if written beside it.
    if (this.columnZone !== undefined && !entry.timestamp.hasZone && entry.timestamp.at !== undefined) entry.timestamp.hasZone = true;
    let joined = entry.text;
    for (let k = 1; k < cells.length; k++) {
      const other = maskComments(cells[k].content).trim();
      if (other) joined = joined ? joined + ' — ' + other : other;
    }
    entry.text = joined;
    this.add(entry);
  }

  private baseDate(): number | undefined {
    return this.lastAt ?? this.meta.started ?? this.meta.detected;
  }

  private add(entry: TimelineEntry | undefined): void {
    if (!entry) return;
    this.timeline.push(entry);
    if (entry.timestamp.at !== undefined) this.lastAt = entry.timestamp.at;
  }
}
