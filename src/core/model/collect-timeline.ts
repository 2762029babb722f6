// Timeline entries: the first paragraph of a list item, or a table row, under the Timeline section, that starts with
// a timestamp. A bare time takes the date of the entry before it (or of `started`).
import type { DocumentMeta, Range, TextBlock, TimelineEntry } from '../types';
import type { LineIndex } from './lines';
import { timelineFromText } from './timeline';
import { maskComments } from './text';

/** A table cell with the prose block made of it (data cells found in their line). */
export interface RowCell { block?: TextBlock; content: string }

export class TimelineCollector {
  readonly timeline: TimelineEntry[] = [];
  private lastAt: number | undefined;

  constructor(private readonly lines: LineIndex, private readonly meta: DocumentMeta, private readonly zone: string) {}

  /** A list item whose first paragraph is `block`; the entry's range starts at the item's marker. */
  item(block: TextBlock, markerStart: number): void {
    this.add(timelineFromText(block, markerStart, this.lines, this.lines.text, this.zone, this.baseDate()));
  }

  /** "| 14:02 | Deploy starts |": the event is the other cells; "| 14:02 Deploy starts |" keeps its own text. */
  row(cells: RowCell[], range: Range): void {
    const first = cells[0].block;
    if (!first) return;
    const entry = timelineFromText(first, 0, this.lines, this.lines.text, this.zone, this.baseDate(), range);
    if (!entry) return;
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
