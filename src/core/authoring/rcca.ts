// New Cause and Corrective Action Report from an incident: the values the rcca template gets (id, title, severity,
// dates, impact and timeline carried over, publish-by = resolved + the deadline) and the back link in the incident.
import type { Config, PostmortemDocument, TextEdit } from '../types';
import type { TemplateValues } from '../templates/render';
import { setFrontMatterKey, yamlScalar } from './frontmatter';
import { formatDateTime, idStamp, isoTime, publishHours } from './time';
import { sectionLastLine, splitLines } from './text';
import { commonValues, withYaml } from './template-values';

/** Source text of a section's body, without the signature paragraph and surrounding blank lines. */
function sectionBody(doc: PostmortemDocument, kind: 'impact' | 'timeline'): string {
  const s = doc.section(kind);
  if (!s) return '';
  const lines = splitLines(doc.text);
  const last = sectionLastLine(doc, s.range);
  return lines.slice(s.headingRange.start.line + 1, last + 1).join('\n').trim();
}

export interface ReportPlan {
  values: TemplateValues;
  /** Edits to the incident: `report: <path>`, and `id` when the incident had none. */
  incidentEdits: TextEdit[];
  /** The incident id used (generated when absent). */
  id: string;
}

/**
 * `reportPath` is how the incident refers to the report (relative to the incident's folder); `now` dates a
 * generated id and stands in for `resolved` when the incident is not resolved yet.
 */
export function reportPlan(incident: PostmortemDocument, reportPath: string, now: number, config?: Config): ReportPlan {
  const m = incident.meta;
  const generated = !m.id;
  const id = m.id ?? `INC-${idStamp(m.started ?? now, incident.zone)}`;
  const resolvedAt = m.resolved ?? now;
  const publishBy = resolvedAt + publishHours(config) * 3_600_000;
  const values: TemplateValues = {
    ...commonValues(incident),
    ...withYaml({
      id,
      incident: id,
      resolved: isoTime(resolvedAt, incident.zone),
      publishBy: isoTime(publishBy, incident.zone),
      publishByText: formatDateTime(publishBy, incident.zone),
      impact: sectionBody(incident, 'impact'),
      timeline: sectionBody(incident, 'timeline'),
    }),
  };
  const incidentEdits: TextEdit[] = [];
  const report = setFrontMatterKey(incident.text, 'report', yamlScalar(reportPath));
  if (generated) {
    const idEdit = setFrontMatterKey(incident.text, 'id', id);
    if (idEdit && report && idEdit.range.start.line === report.range.start.line && idEdit.range.end.line === idEdit.range.start.line
      && report.range.start.character === report.range.end.character && idEdit.range.start.character === idEdit.range.end.character) {
      incidentEdits.push({ range: report.range, newText: idEdit.newText + report.newText });
      return { values, incidentEdits, id };
    }
    if (idEdit) incidentEdits.push(idEdit);
  }
  if (report) incidentEdits.push(report);
  return { values, incidentEdits, id };
}
