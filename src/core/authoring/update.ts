// New status update: the values its template gets, and where it goes (after the last update, or on top when the
// document lists updates newest first — by time, else by the phases, as the rules read it; a new Updates section when
// there is none).
import type { Config, Phase, PostmortemDocument, TextEdit, UpdateOrder } from '../types';
import type { TemplateValues } from '../templates/render';
import { SECTION_HEADINGS, phaseLabel } from './labels';
import { cadenceOf, formatDateTime, formatTimeNear } from './time';
import { eolOf, insertAt, joinLines, lastContentLine, sectionLastLine, splitLines } from './text';
import { commonValues } from './template-values';
import { listsNewestFirst } from '../model/update-phase';

export interface UpdateValuesInput {
  phase: Phase;
  now: number;
  config?: Config;
}

/** Template values of an update: `time` (its heading time), `phase`, `nextUpdate` (now + the severity's cadence). */
export function updateValues(doc: PostmortemDocument, input: UpdateValuesInput): TemplateValues {
  const cadence = cadenceOf(doc.meta.severity, input.config);
  return {
    ...commonValues(doc),
    phase: phaseLabel(doc.lang, input.phase),
    time: formatDateTime(input.now, doc.zone),
    nextUpdate: formatTimeNear(input.now + cadence * 60_000, input.now, doc.zone),
    cadence: String(cadence),
  };
}

/**
 * The edit that inserts a rendered update block (heading + body, no trailing newline) where it belongs: in the order
 * the document's updates show, or, while it has fewer than two, in the order the team configured (`order`).
 */
export function insertUpdateEdit(doc: PostmortemDocument, block: string, order: UpdateOrder = 'oldest-first'): TextEdit {
  const lines = splitLines(doc.text);
  const nl = eolOf(doc.text);
  const body = joinLines(block.trim(), nl);
  const section = doc.section('updates');
  if (section) {
    if (doc.updates.length >= 2 ? listsNewestFirst(doc.updates) : doc.updates.length === 1 && order === 'newest-first') {
      const first = doc.updates[0].headingRange.start.line;
      return insertAt(first, 0, `${body}${nl}${nl}`);
    }
    const last = lastContentLine(lines, section.headingRange.start.line, sectionLastLine(doc, section.range));
    return insertAt(last, lines[last].length, `${nl}${nl}${body}${lines[last + 1]?.trim() ? nl : ''}`);
  }
  // No Updates section: add one before the Timeline (updates come first in our layout), else at the end.
  const heading = `## ${SECTION_HEADINGS[doc.lang]?.updates ?? 'Updates'}`;
  const timeline = doc.section('timeline');
  if (timeline) return insertAt(timeline.headingRange.start.line, 0, `${heading}${nl}${nl}${body}${nl}${nl}`);
  const sig = doc.signature?.source === 'paragraph' ? doc.signature.range.start.line : undefined;
  if (sig !== undefined && sig > 0) return insertAt(sig, 0, `${heading}${nl}${nl}${body}${nl}${nl}`);
  const last = lastContentLine(lines, 0, lines.length - 1);
  return insertAt(last, lines[last].length, `${nl}${nl}${heading}${nl}${nl}${body}${nl}`);
}
