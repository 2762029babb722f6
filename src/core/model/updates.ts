// A status update heading: "2026-11-22 14:12 UTC — Investigating", "14:28 UTC | Identified", "调查中 — 14:12".
import type { Section, StatusUpdate, Timestamp } from '../types';
import type { LineIndex } from './lines';
import { leadingTimestamp, makeTimestamp, resolveStamp } from './leading-timestamps';
import { phaseOf, trimChars } from './text';
import { maskComments } from '../text/comments';
import { dayAtStart } from '../time';

export interface UpdateHeadingInput {
  heading: string;          // heading text, comments removed
  section: Section;
  contentStart: number;     // offset of the heading content in the document
  text: string;
  lines: LineIndex;
  zone: string;
  baseDate: number | undefined;
}

const SPLIT = /\s+(?:—|–|-{1,2}|\|)\s+|\s*[|｜]\s*|\s*—\s*/g;

export function parseUpdateHeading(inp: UpdateHeadingInput): StatusUpdate {
  const { section, contentStart, lines, zone, baseDate } = inp;
  // Work on the source line itself (comments blanked), so every offset maps back to the document.
  const lineEnd = lines.ends[section.headingRange.start.line] ?? contentStart;
  const src = trimEnd(maskComments(inp.text.slice(contentStart, lineEnd)), ' \t#');

  let stamp = leadingTimestamp(src);
  let phaseStart = stamp ? stamp.rest : 0;
  // The day the heading opens with, when its clock stands after a separator ("28 Apr 2009 | 9:24:13 UTC").
  let headingDate: number | undefined;
  let phaseEnd = src.length;
  if (!stamp) {
    // "Investigating — 14:12 UTC": look for a segment that is a timestamp.
    SPLIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPLIT.exec(src))) {
      const from = m.index + m[0].length;
      const s = leadingTimestamp(src, from);
      if (s) {
        stamp = s;
        if (s.match.year === undefined) headingDate = dateOnly(src.slice(0, m.index));
        // The phase before the time ("Investigating — 14:12 UTC"), or after it when what comes before names none: "Nov
        // 22, 2026 - 14:40 BST — Resolved" (no zone the clock reader trusts, so the date and the clock are read apart;
        // the date still gives the clock its day).
        const after = phaseAfter(src, s.rest);
        if (after !== undefined && !phaseOf(trimChars(src.slice(0, m.index), PHASE_PADDING))) phaseStart = after;
        else { phaseStart = 0; phaseEnd = m.index; }
        break;
      }
      if (m[0].length === 0) SPLIT.lastIndex++;
    }
  }

  let timestamp: Timestamp;
  if (stamp) {
    const r = resolveStamp(stamp.match, zone, headingDate ?? baseDate);
    timestamp = makeTimestamp(stamp.match.raw, lines.range(contentStart + stamp.start, contentStart + stamp.end), r);
  } else {
    const raw = src.trim();
    const lead = src.length - src.trimStart().length;
    timestamp = { raw, range: lines.range(contentStart + lead, contentStart + lead + raw.length), hasDate: false, hasZone: false, error: 'no timestamp at the start of the update heading' };
  }

  const phaseRaw = trimChars(src.slice(phaseStart, phaseEnd), PHASE_PADDING);
  // Without a readable time the phase may still be named: "Identified", "31 Août 2016 08:50 — Résolu".
  const phase = stamp ? phaseOf(phaseRaw) : phaseOf(phaseRaw) ?? phaseOf(lastSegment(phaseRaw));
  const u: StatusUpdate = {
    heading: inp.heading,
    headingRange: section.headingRange,
    range: section.range,
    timestamp,
    phaseRaw,
    body: '',
    bodyRange: section.bodyRange,
    blocks: [],
  };
  if (phase) u.phase = phase;
  return u;
}

/**
 * The day of a text that is a date and nothing else ("28 Apr 2009", "2009-04-28"), as a base date for a clock: noon
 * UTC of that day, so the day is the same in every zone the clock may name.
 */
function dateOnly(s: string): number | undefined {
  const text = s.trim();
  const d = dayAtStart(text);
  return d && d.end === text.length ? Date.UTC(d.year, d.month - 1, d.day, 12) : undefined;
}

/**
 * What may pad a heading's phase words: blanks, Markdown emphasis ("**Resolved**", "`Identified`") and brackets
 * ("23 February 2024 — [SOLVED]", diag-139; "【已解决】").
 */
const PHASE_PADDING = ' \t*_`[]()【】（）';

/** A separator between a heading's parts ("Dec 17, 2024 — Resolved", "07:32 UTC | 23:32 PT"). */
const SEGMENT_SEPARATOR = String.raw`\s[—–|-]{1,2}\s|\s*[|｜—]\s*`;
const FIRST_SEPARATOR = new RegExp(SEGMENT_SEPARATOR, 'u');
const LAST_SEGMENT = new RegExp(String.raw`(?:${SEGMENT_SEPARATOR})([^—–|｜]*)$`, 'u');

/** Where a phase word stands in `src` from `from` on: the whole rest, or its last segment ("BST — Resolved"). */
function phaseAfter(src: string, from: number): number | undefined {
  const rest = src.slice(from);
  if (phaseOf(trimChars(rest, PHASE_PADDING))) return from;
  const m = LAST_SEGMENT.exec(rest);
  return m && phaseOf(trimChars(m[1], PHASE_PADDING)) ? from + m.index + m[0].length - m[1].length : undefined;
}

/** The text after the last heading separator ("Dec 17, 2024 — Resolved" → "Resolved"), or '' when there is none. */
function lastSegment(s: string): string {
  const m = LAST_SEGMENT.exec(s);
  return m ? trimChars(m[1], PHASE_PADDING) : '';
}

/** The text before the first heading separator ("Jun 28 at 08:09pm CEST — Update" → "Jun 28 at 08:09pm CEST"). */
export function firstSegment(s: string): string {
  const m = FIRST_SEPARATOR.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function trimEnd(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && chars.includes(s.charAt(b - 1))) b--;
  return s.slice(0, b);
}
