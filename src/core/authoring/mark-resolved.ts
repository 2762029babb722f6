// Mark Resolved: `status: resolved`, `resolved: <now>` in the front matter, and the final update with the recovery
// notice (recovered, whether data was lost, the promised report and its date) rendered from update-resolved.md.
import type { Config, PostmortemDocument, TextEdit } from '../types';
import { renderTemplate, type TemplateValues } from '../templates/render';
import { setFrontMatterKey } from './frontmatter';
import { isoTime, formatDateTime, publishHours } from './time';
import { insertUpdateEdit, updateValues } from './update';
import { configuredUpdateOrder } from '../defaults';

export type ResolveResult =
  | { ok: true; edits: TextEdit[]; values: TemplateValues; missing: string[] }
  | { ok: false; reason: 'not-incident' | 'no-front-matter' | 'already-resolved' };

export function markResolvedEdits(doc: PostmortemDocument, now: number, template: string, config?: Config): ResolveResult {
  if (doc.kind !== 'incident') return { ok: false, reason: 'not-incident' };
  if (doc.meta.resolved !== undefined && doc.meta.status === 'resolved') return { ok: false, reason: 'already-resolved' };
  const status = setFrontMatterKey(doc.text, 'status', 'resolved');
  const resolved = setFrontMatterKey(doc.text, 'resolved', isoTime(now, doc.zone));
  if (!status || !resolved) return { ok: false, reason: 'no-front-matter' };
  const hours = publishHours(config);
  const values: TemplateValues = {
    ...updateValues(doc, { phase: 'resolved', now, config }),
    resolved: isoTime(now, doc.zone),
    publishBy: formatDateTime(now + hours * 3_600_000, doc.zone),
    publishHours: String(hours),
  };
  const rendered = renderTemplate(template, values);
  const edits = [status, resolved];
  // both keys missing: two insertions at the same point; one edit keeps their order fixed
  const empty = (e: TextEdit) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
  if (empty(status) && empty(resolved) && status.range.start.line === resolved.range.start.line) {
    edits.splice(0, 2, { range: status.range, newText: status.newText + resolved.newText });
  }
  edits.push(insertUpdateEdit(doc, rendered.text, configuredUpdateOrder(config)));
  return { ok: true, edits, values, missing: rendered.missing };
}
