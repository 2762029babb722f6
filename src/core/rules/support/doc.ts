// Shared helpers of the structure and time rules: ranges, insertions, cadence and time formatting.
// Pure: luxon only, no Node API, no Date.now().
import { documentLines } from '../../model/parse';
import { cadenceMinutes, cadenceOptions } from '../../defaults';
import type {
  Lang, PostmortemDocument, Range, RuleContext, Section, StatusUpdate, TextEdit,
} from '../../types';

export { FALLBACK_CADENCE_MINUTES, cadenceMinutes, positiveNumber } from '../../defaults';
export { formatDateTime, formatDuration, formatTimeNear } from '../../time';

/** Whole-line range of `line` (clamped to the document). */
export function lineRange(doc: PostmortemDocument, line: number): Range {
  return documentLines(doc).lineRange(line);
}

/** The document's H1 title, else the front matter `title` or `kind` key, else the first line. */
export function titleRange(doc: PostmortemDocument): Range {
  const h1 = doc.sections.find((s) => s.level === 1);
  if (h1) return h1.headingRange;
  return doc.frontMatter.keyRange('title') ?? doc.frontMatter.keyRange('kind') ?? lineRange(doc, 0);
}

/** The line after which new top content goes: the H1 title, else the closing front matter fence, else none. */
function topAnchorLine(doc: PostmortemDocument): number | undefined {
  const h1 = doc.sections.find((s) => s.level === 1);
  if (h1) return h1.headingRange.start.line;
  if (doc.frontMatter.present && doc.frontMatter.range) return doc.frontMatter.range.end.line;
  return undefined;
}

function lineText(doc: PostmortemDocument, line: number): string | undefined {
  const lines = documentLines(doc);
  return line >= 0 && line < lines.lineCount ? lines.lineText(line) : undefined;
}

/** The document's line ending (its first one), so inserted text matches what the writer uses. */
function eol(doc: PostmortemDocument): string {
  const lines = documentLines(doc);
  if (lines.lineCount < 2) return '\n';
  return doc.text.slice(lines.ends[0], lines.starts[1]);
}

/** An edit that inserts `block` (one or more lines, no trailing newline) as its own paragraph after `line`. */
export function insertBlockAfterLine(doc: PostmortemDocument, line: number, block: string): TextEdit {
  const nl = eol(doc);
  const cur = lineText(doc, line) ?? '';
  const end = { line, character: cur.length };
  const next = lineText(doc, line + 1);
  // Keep a blank line on both sides so the new paragraph never merges with its neighbours.
  const tail = next === undefined || next.trim() === '' ? '' : nl;
  return { range: { start: end, end }, newText: `${nl}${nl}${block.split('\n').join(nl)}${tail}` };
}

/** An edit that inserts `block` as its own paragraph before `line` (a heading). */
export function insertBlockBeforeLine(doc: PostmortemDocument, line: number, block: string): TextEdit {
  const nl = eol(doc);
  const pos = { line, character: 0 };
  const prev = lineText(doc, line - 1);
  const head = prev === undefined || prev.trim() === '' ? '' : nl;
  return { range: { start: pos, end: pos }, newText: `${head}${block.split('\n').join(nl)}${nl}${nl}` };
}

/** Insert `block` at the top of the document body (after the title or the front matter). */
export function insertBlockAtTop(doc: PostmortemDocument, block: string): TextEdit {
  const anchor = topAnchorLine(doc);
  if (anchor !== undefined) return insertBlockAfterLine(doc, anchor, block);
  const start = { line: 0, character: 0 };
  const nl = eol(doc);
  return { range: { start, end: start }, newText: `${block.split('\n').join(nl)}${nl}${nl}` };
}

/** True when a section body holds no content a reader would see (blank, HTML comments only). */
export function isEmptyBody(section: Section): boolean {
  return section.bodyText.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/** Language of text to write into a document: CJK sentences join without a space. */
export function isCjk(lang: Lang): boolean {
  return lang === 'zh-Hans' || lang === 'zh-Hant';
}

/** Updates with a parsed time, in time order (stable): the rules reason on time, not on layout. */
export function chronological(updates: readonly StatusUpdate[]): StatusUpdate[] {
  return updates
    .map((u, i) => ({ u, i }))
    .filter((x) => x.u.timestamp.at !== undefined)
    .sort((a, b) => (a.u.timestamp.at! - b.u.timestamp.at!) || (a.i - b.i))
    .map((x) => x.u);
}

/** True when the incident is over: status resolved, a `resolved` time, or a last update in the resolved phase. */
export function isResolved(doc: PostmortemDocument): boolean {
  if (doc.meta.status === 'resolved' || doc.meta.resolved !== undefined) return true;
  const ordered = chronological(doc.updates);
  const last = ordered[ordered.length - 1] ?? doc.updates[doc.updates.length - 1];
  return last?.phase === 'resolved';
}

/** Pick the message table entry for the document language. */
export function msg<T>(table: Record<Lang, T>, doc: PostmortemDocument): T {
  return table[doc.lang] ?? table.en;
}

/** The cadence for a rule context: the rule's own `minutes`, else update-cadence's configured table, else defaults. */
export function cadenceFor(ctx: RuleContext): number | undefined {
  const sev = ctx.doc.meta.severity;
  if (!sev) return undefined;
  if (ctx.options.minutes && typeof ctx.options.minutes === 'object') return cadenceMinutes(ctx.options, sev);
  return cadenceMinutes(cadenceOptions(ctx.config), sev);
}

/**
 * Slack on a cadence before a gap counts as too long: updates are posted by people, and "every 15 minutes" is not to
 * the second. `graceMinutes` (the rule's own, else update-cadence's) overrides; 0 makes the cadence strict.
 * Default: a fifth of the cadence, at least 2 minutes (sev1 3 min, sev2 6, sev3 12, sev4 48).
 */
export function graceFor(ctx: RuleContext, cadenceMinutes: number): number {
  const own = ctx.options.graceMinutes;
  const configured = own ?? cadenceOptions(ctx.config)?.graceMinutes;
  if (typeof configured === 'number' && Number.isFinite(configured) && configured >= 0) return configured;
  return Math.max(2, Math.round(cadenceMinutes / 5));
}
