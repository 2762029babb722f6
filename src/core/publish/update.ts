// One status update as it is published: its body without the heading, the document's front matter or HTML comments,
// followed by the document's signature, rendered for a status page, Markdown, Slack or an e-mail.
import type { Finding, PostmortemDocument, Range, Severity, StatusUpdate } from '../types';
import { renderFragment, type PublishFormat } from './markdown';
import { latestUpdateIndex } from '../model/update-phase';

/** Whether line `line` lies in `range` (an update's heading line up to its last line). */
function coversLine(range: Range, line: number): boolean {
  return range.start.line <= line && (line < range.end.line || (line === range.end.line && range.end.character > 0));
}

/**
 * The update under `line` (a cursor), else the latest one — the same reading as the rules': the last in time order,
 * read in the listing's direction, an update without a time kept where its author put it. Undefined when the document
 * has no update.
 */
export function updateAt(doc: PostmortemDocument, line?: number): number | undefined {
  if (doc.updates.length === 0) return undefined;
  if (line !== undefined) {
    const at = doc.updates.findIndex((u) => coversLine(u.range, line));
    if (at >= 0) return at;
  }
  return latestUpdateIndex(doc.updates);
}

/** The Markdown a reader gets: the update's body, then the signature (unless the body already ends with it). */
export function updateMarkdown(doc: PostmortemDocument, index: number): string {
  const update: StatusUpdate = doc.updates[index];
  const parts = [update.body];
  const sig = doc.signature;
  if (sig && !coversLine(update.range, sig.range.start.line)) {
    parts.push(sig.source === 'paragraph' ? sig.text : `— ${sig.text}`);
  }
  return parts.map((p) => p.trim()).filter(Boolean).join('\n\n');
}

/** The update at `index` rendered for `format` (see renderFragment for what is kept and escaped). */
export function publishUpdate(doc: PostmortemDocument, index: number, format: PublishFormat): string {
  return renderFragment(updateMarkdown(doc, index), format);
}

/** Findings a reader of this update would be warned about: errors and warnings on its lines. */
export function updateFindings(doc: PostmortemDocument, index: number, findings: readonly Finding[],
  severities: readonly Severity[] = ['error', 'warning']): Finding[] {
  const range = doc.updates[index].range;
  return findings.filter((f) => severities.includes(f.severity) && coversLine(range, f.range.start.line));
}
