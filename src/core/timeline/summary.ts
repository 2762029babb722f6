// A compact, serialisable digest of one postmortem document: what the tree, the chart and the preview need.
// The index keeps these (a few hundred bytes each) instead of whole parsed documents, so 5,000 files stay cheap.
import type { Config, DocumentKind, IncidentSeverity, Lang, Phase, PostmortemDocument } from '../types';
import { configuredCadence, configuredReportHours } from '../defaults';
import { latestPhase } from '../model/update-phase';

export interface UpdateDigest {
  at?: number;
  line: number;
  phase?: Phase;
  heading: string;
  /** Promised time of the next update, when the body states one. */
  nextAt?: number;
}

export interface EntryDigest { at?: number; line: number; text: string }

export interface DocSummary {
  uri: string;
  kind: DocumentKind;
  id?: string;
  /** rcca: the incident id it reports on. */
  incident?: string;
  title: string;
  titleLine: number;
  severity?: IncidentSeverity;
  status?: Phase;
  started?: number;
  detected?: number;
  resolved?: number;
  published?: number;
  publishBy?: number;
  zone: string;
  lang: Lang;
  updates: UpdateDigest[];
  /** The phase the updates tell, read as the rules read it (`latestPhase`: listing direction, undated updates in place). */
  updatesPhase?: Phase;
  entries: EntryDigest[];
  /** Minutes between updates for this severity (config `update-cadence.minutes` over the defaults). */
  cadenceMinutes?: number;
  /** Hours after resolution by which the report is due (config `publish-deadline.hours`, default 72). */
  reportHours: number;
}

/** Undefined for documents that are not incidents or reports (no `kind`). */
export function summarize(doc: PostmortemDocument, uri: string, config?: Config): DocSummary | undefined {
  const kind = doc.kind ?? doc.meta.kind;
  if (kind !== 'incident' && kind !== 'rcca') return undefined;
  const h1 = doc.sections.find((s) => s.level === 1);
  const m = doc.meta;
  return {
    uri,
    kind,
    id: m.id,
    incident: m.incident,
    title: (m.title ?? h1?.heading ?? m.id ?? '').trim(),
    titleLine: h1?.headingRange.start.line ?? doc.frontMatter.keyRange('title')?.start.line ?? 0,
    severity: m.severity,
    status: m.status,
    started: m.started,
    detected: m.detected,
    resolved: m.resolved,
    published: m.published,
    publishBy: m.publishBy,
    zone: doc.zone,
    lang: doc.lang,
    updates: doc.updates.map((u) => ({
      at: u.timestamp.at,
      line: u.headingRange.start.line,
      phase: u.phase,
      heading: u.heading.trim(),
      nextAt: u.nextUpdate?.at,
    })),
    updatesPhase: latestPhase(doc.updates),
    entries: doc.timeline.map((e) => ({ at: e.timestamp.at, line: e.range.start.line, text: e.text.trim() })),
    cadenceMinutes: configuredCadence(m.severity, config),
    reportHours: configuredReportHours(config),
  };
}
