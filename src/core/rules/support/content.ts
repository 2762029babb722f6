// What a section or a language holds, as the rules that write or judge text need to know it.
import type { Lang, PostmortemDocument, Section } from '../../types';
import { maskComments } from '../../text/comments';

/** True when a section body holds no content a reader would see (blank, HTML comments only). */
export function isEmptyBody(section: Section): boolean {
  return maskComments(section.bodyText).trim() === '';
}

/** Language of text to write into a document: CJK sentences join without a space. */
export function isCjk(lang: Lang): boolean {
  return lang === 'zh-Hans' || lang === 'zh-Hant';
}

/**
 * True when the document has the shape of ours: the front matter our commands write (an id, a lead, the incident a
 * report is on), a section we recognise (Summary, Impact, Updates, Root cause, …) or a dated status update. A text
 * with none of these is a bare statement (a quoted press release, a pasted announcement): what it leaves unsaid cannot
 * be told from its words reliably, so the rules that report a missing part stay quiet on it.
 */
export function hasDocumentShape(doc: PostmortemDocument): boolean {
  if (hasOurFrontMatter(doc)) return true;
  return doc.updates.length > 0 || doc.sections.some(isRecognisedSection);
}

/** A section below the title whose heading we recognise (Impact, Updates, Timeline…). */
function isRecognisedSection(s: Section): boolean {
  return s.level >= 2 && s.kind !== undefined;
}

/** The front matter our commands write: an id, a lead, or the incident a report is on. */
function hasOurFrontMatter(doc: PostmortemDocument): boolean {
  const { id, lead, incident } = doc.meta;
  return id !== undefined || lead !== undefined || incident !== undefined;
}

/**
 * True when the document is only a log of replies dated by day: none of the front matter our commands write, no
 * section we recognise besides the updates, and no update heading with a time of day (an issue thread's maintainer
 * replies, a forum post's edits). Whether such a log states what broke is where blind readers of real documents split
 * most, so a rule that reports a missing part by reading loose prose can stay quiet on it.
 */
export function isDateOnlyLog(doc: PostmortemDocument): boolean {
  if (hasOurFrontMatter(doc) || doc.updates.length === 0) return false;
  if (doc.sections.some((s) => isRecognisedSection(s) && s.kind !== 'updates')) return false;
  return doc.updates.every((u) => u.timestamp.at === undefined);
}

/** Line of the first heading below the title: blocks above it are the document's opening. */
export function openingEnd(doc: PostmortemDocument): number {
  const first = doc.sections.find((s) => s.level >= 2);
  return first ? first.headingRange.start.line : Number.MAX_SAFE_INTEGER;
}
