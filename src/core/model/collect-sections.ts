// Sections and status updates, from the headings of the walk. A section runs from its heading to the next heading
// of the same or a higher level; a status update is a heading under the Updates section (its sub-headings belong to
// its body). The collector also says, at any point of the walk, which section kind and which update the text
// belongs to: the context the other collectors tag their findings with.
import type { DocumentMeta, Range, Section, SectionKind, StatusUpdate } from '../types';
import type { LineIndex } from './lines';
import { headingContentStart, isBlankLine, type SourceSpan } from './source-spans';
import { sectionKindOf } from './text';
import { parseUpdateHeading } from './updates';
import { inferTextPhases } from './update-phase';
import { findNextUpdate } from './next-update-promise';

interface OpenHeading {
  level: number;
  section: Section;
  kind?: SectionKind;
  /** Index into `updates` when this heading is a status update. */
  update?: number;
  /** The Updates section itself. */
  isUpdates: boolean;
}

/** Placeholder range of a section still open: never seen outside the walk. */
const PENDING: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export class SectionCollector {
  readonly sections: Section[] = [];
  readonly updates: StatusUpdate[] = [];
  /** The section kind the text being walked belongs to (the nearest heading that has one). */
  kind: SectionKind | undefined;
  /** The index of the update the text being walked belongs to. */
  update: number | undefined;

  private readonly open: OpenHeading[] = [];
  private readonly updateSections: Section[] = [];
  /** The time each update's relative promises count from: its own, else the last known one. */
  private readonly updateBases: (number | undefined)[] = [];
  private lastUpdateAt: number | undefined;

  constructor(private readonly lines: LineIndex, private readonly meta: DocumentMeta, private readonly zone: string) {}

  /** Opens the section of a heading (closing those it ends); returns its kind (undefined for an update heading). */
  heading(level: number, line: number, lastLine: number, text: string, content: SourceSpan | undefined): SectionKind | undefined {
    this.closeFrom(level, line);
    const section: Section = {
      heading: text,
      level,
      headingRange: { start: { line, character: 0 }, end: this.lines.lineEnd(lastLine) },
      // Set by finishSection once the next heading is known (every section is finished before the end).
      range: PENDING,
      bodyRange: PENDING,
      bodyText: '',
    };
    const entry: OpenHeading = { level, section, isUpdates: false };
    if (this.inUpdatesSection()) {
      entry.update = this.addUpdate(text, section, content?.start ?? headingContentStart(this.lines, line));
    } else {
      const kind = sectionKindOf(text, level);
      if (kind) section.kind = kind;
      entry.kind = kind;
      entry.isUpdates = kind === 'updates';
    }
    this.sections.push(section);
    this.open.push(entry);
    this.refreshContext();
    return entry.kind;
  }

  /** Closes every section at the end of the text, then completes the updates from their sections. */
  finish(): void {
    this.closeFrom(0, this.lines.lineCount);
    // Update bodies are the bodies of their heading sections.
    for (let k = 0; k < this.updates.length; k++) {
      const update = this.updates[k];
      const section = this.updateSections[k];
      update.range = section.range;
      update.bodyRange = section.bodyRange;
      update.body = section.bodyText;
    }
    inferTextPhases(this.updates, this.meta.status === 'resolved');
  }

  /** Reads each update's promise of the next one (after `finish`). */
  findNextUpdates(): void {
    for (let k = 0; k < this.updates.length; k++) {
      const next = findNextUpdate(this.updates[k], this.lines, this.zone, this.updateBases[k]);
      if (next) this.updates[k].nextUpdate = next;
    }
  }

  private addUpdate(text: string, section: Section, contentStart: number): number {
    const { meta, lastUpdateAt } = this;
    const update = parseUpdateHeading({
      heading: text, section, contentStart, text: this.lines.text, lines: this.lines, zone: this.zone,
      baseDate: lastUpdateAt ?? meta.started ?? meta.detected,
    });
    this.updateBases.push(update.timestamp.at ?? lastUpdateAt ?? meta.started ?? meta.detected);
    if (update.timestamp.at !== undefined) this.lastUpdateAt = update.timestamp.at;
    this.updates.push(update);
    this.updateSections.push(section);
    return this.updates.length - 1;
  }

  private closeFrom(level: number, beforeLine: number): void {
    const open = this.open;
    while (open.length && open[open.length - 1].level >= level) finishSection(open.pop()!.section, beforeLine, this.lines);
  }

  private inUpdatesSection(): boolean {
    let updates = false;
    for (const h of this.open) {
      if (h.update !== undefined) return false;
      if (h.isUpdates) updates = true;
    }
    return updates;
  }

  private refreshContext(): void {
    this.kind = undefined;
    this.update = undefined;
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (this.update === undefined && this.open[i].update !== undefined) this.update = this.open[i].update;
      if (this.kind === undefined && this.open[i].kind) this.kind = this.open[i].kind;
    }
  }
}

/** Sets a section's ranges once the next heading is known: it ends at the last line before it that is not blank. */
function finishSection(s: Section, nextHeadingLine: number, lines: LineIndex): void {
  const headLast = s.headingRange.end.line;
  let last = nextHeadingLine - 1;
  while (last > headLast && isBlankLine(lines, last)) last--;
  if (last <= headLast) {
    s.range = { start: s.headingRange.start, end: s.headingRange.end };
    s.bodyRange = { start: s.headingRange.end, end: s.headingRange.end };
    s.bodyText = '';
    return;
  }
  const end = lines.lineEnd(last);
  const bodyStart = { line: headLast + 1, character: 0 };
  s.range = { start: s.headingRange.start, end };
  s.bodyRange = { start: bodyStart, end };
  s.bodyText = lines.text.slice(lines.offsetAt(bodyStart), lines.offsetAt(end));
}
