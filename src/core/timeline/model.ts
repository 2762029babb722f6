// The tree model of the Postmortems sidebar: one node per incident, its rows in time order, with the warnings a lead
// needs at a glance (silences, missed promises, next update due, report deadline). Pure; the clock is `now`.
import type { Phase } from '../types';
import { hasTime, inTimeOrder } from '../time';
import type { DocSummary, UpdateDigest } from './summary';

export type RowLevel = 'info' | 'warning' | 'error';
export type ReportState = 'due' | 'overdue' | 'published';
export type IncidentFilter = 'all' | 'ongoing' | 'resolved';

interface RowBase { uri: string; line: number; level: RowLevel; at?: number }
export interface UpdateRow extends RowBase { kind: 'update'; phase?: Phase; heading: string }
export interface EntryRow extends RowBase { kind: 'entry'; text: string }
/** No update for longer than the cadence, between `from` and `to` (`to` is `now` for an ongoing silence). */
export interface SilenceRow extends RowBase { kind: 'silence'; from: number; to: number; ongoing: boolean }
/** An update later than the time the previous one promised. */
export interface LateRow extends RowBase { kind: 'late'; promisedAt: number; postedAt: number }
export interface NextDueRow extends RowBase { kind: 'nextDue'; dueAt: number; promised: boolean }
export interface ReportRow extends RowBase {
  kind: 'report'; state: ReportState; resolvedAt: number; deadline: number; publishedAt?: number; rccaUri?: string;
}
export type TimelineRow = UpdateRow | EntryRow | SilenceRow | LateRow | NextDueRow | ReportRow;

export interface IncidentNode {
  summary: DocSummary;
  /** The report (rcca) on this incident, when the workspace has one. */
  rcca?: DocSummary;
  phase: Phase;
  ongoing: boolean;
  /** started, else detected, else the first timestamp. */
  startedAt?: number;
  resolvedAt?: number;
  readonly rows: TimelineRow[];
}

/** Updates with a time, in time order (stable for equal times). */
export function chronologicalUpdates(s: DocSummary): UpdateDigest[] {
  return inTimeOrder(s.updates);
}

/**
 * The phase as the front matter says; else resolved when a resolution time is set (an incident with a `resolved`
 * time is over for the rules too); else the phase the updates tell (`updatesPhase`, read as the rules read it).
 */
export function incidentPhase(s: DocSummary): Phase {
  if (s.status) return s.status;
  if (s.kind === 'rcca' || hasTime(s.resolved)) return 'resolved';
  return s.updatesPhase ?? 'investigating';
}

function firstTime(s: DocSummary): number | undefined {
  if (hasTime(s.started)) return s.started;
  if (hasTime(s.detected)) return s.detected;
  const times = [...s.updates, ...s.entries].map((x) => x.at).filter(hasTime);
  return times.length ? Math.min(...times) : undefined;
}

function resolvedTime(s: DocSummary): number | undefined {
  if (hasTime(s.resolved)) return s.resolved;
  const res = chronologicalUpdates(s).filter((u) => u.phase === 'resolved');
  return res[0]?.at;
}

/**
 * Rows in time order. Items without a time keep their place after the previous item of the same list; at equal
 * times timeline entries (what happened) come before warnings, and warnings before the update they concern.
 */
export function incidentRows(s: DocSummary, rcca: DocSummary | undefined, now: number): TimelineRow[] {
  const keyed: Array<{ key: number; prio: number; seq: number; row: TimelineRow }> = [];
  let seq = 0;
  const push = (key: number, prio: number, row: TimelineRow) => keyed.push({ key, prio, seq: seq++, row });
  const uri = s.uri;

  let lastKey = -Infinity;
  for (const e of s.entries) {
    if (hasTime(e.at)) lastKey = e.at;
    push(lastKey, 0, { kind: 'entry', uri, line: e.line, level: 'info', at: e.at, text: e.text });
  }
  lastKey = -Infinity;
  for (const u of s.updates) {
    if (hasTime(u.at)) lastKey = u.at;
    push(lastKey, 2, { kind: 'update', uri, line: u.line, level: 'info', at: u.at, phase: u.phase, heading: u.heading });
  }

  const cadenceMs = hasTime(s.cadenceMinutes) ? s.cadenceMinutes * 60_000 : undefined;
  const ordered = chronologicalUpdates(s);
  const opening = hasTime(s.detected) ? s.detected : s.started;
  const first = ordered[0];
  if (first && hasTime(opening) && cadenceMs !== undefined && first.at! - opening > cadenceMs) {
    push(first.at!, 1, { kind: 'silence', uri, line: first.line, level: 'warning', at: opening, from: opening, to: first.at!, ongoing: false });
  }
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1];
    const cur = ordered[i];
    if (prev.phase === 'resolved') continue; // no cadence after the resolution notice
    const promised = prev.nextAt;
    if (hasTime(promised) && promised > prev.at! && cur.at! > promised) {
      push(cur.at!, 1, { kind: 'late', uri, line: cur.line, level: 'warning', at: promised, promisedAt: promised, postedAt: cur.at! });
    } else if (cadenceMs !== undefined && cur.at! - prev.at! > cadenceMs) {
      push(cur.at!, 1, { kind: 'silence', uri, line: cur.line, level: 'warning', at: prev.at!, from: prev.at!, to: cur.at!, ongoing: false });
    }
  }

  const phase = incidentPhase(s);
  if (s.kind === 'incident' && phase !== 'resolved') {
    const last = ordered[ordered.length - 1];
    const line = last?.line ?? s.titleLine;
    const since = last?.at ?? opening;
    if (hasTime(since) && cadenceMs !== undefined && now - since > cadenceMs) {
      push(Infinity, 3, { kind: 'silence', uri, line, level: 'warning', at: since, from: since, to: now, ongoing: true });
    }
    const promised = last && hasTime(last.nextAt) && last.nextAt > last.at! ? last.nextAt : undefined;
    const dueAt = promised ?? (hasTime(since) && cadenceMs !== undefined ? since + cadenceMs : undefined);
    if (dueAt !== undefined) {
      push(Infinity, 4, { kind: 'nextDue', uri, line, level: now > dueAt ? 'warning' : 'info', at: dueAt, dueAt, promised: promised !== undefined });
    }
  } else {
    const resolvedAt = resolvedTime(s) ?? (rcca ? resolvedTime(rcca) : undefined);
    if (resolvedAt !== undefined) {
      const hours = rcca?.reportHours ?? s.reportHours;
      const deadline = rcca && hasTime(rcca.publishBy) ? rcca.publishBy : resolvedAt + hours * 3_600_000;
      const target = rcca ?? (s.kind === 'rcca' ? s : undefined);
      const base = { kind: 'report' as const, uri: target?.uri ?? uri, line: target?.titleLine ?? s.titleLine, resolvedAt, deadline, rccaUri: target?.uri };
      const publishedAt = target?.published;
      if (hasTime(publishedAt)) {
        push(Infinity, 5, { ...base, state: 'published', level: publishedAt > deadline ? 'warning' : 'info', at: publishedAt, publishedAt });
      } else {
        push(Infinity, 5, { ...base, state: now > deadline ? 'overdue' : 'due', level: now > deadline ? 'error' : 'info', at: deadline });
      }
    }
  }

  keyed.sort((a, b) => a.key - b.key || a.prio - b.prio || a.seq - b.seq);
  return keyed.map((k) => k.row);
}

/** Rows are computed on first access: a tree of 5,000 incidents only pays for the ones a user expands. */
export function buildIncident(s: DocSummary, rcca: DocSummary | undefined, now: number): IncidentNode {
  const phase = incidentPhase(s);
  let rows: TimelineRow[] | undefined;
  return {
    summary: s,
    rcca,
    phase,
    ongoing: s.kind === 'incident' && phase !== 'resolved',
    startedAt: firstTime(s),
    resolvedAt: resolvedTime(s),
    get rows() { return (rows ??= incidentRows(s, rcca, now)); },
  };
}

/**
 * Every incident of the workspace, ongoing ones on top, then newest first. A report whose incident document is not in
 * the workspace gets a node of its own (so its deadline is still visible).
 */
export function buildTree(summaries: Iterable<DocSummary>, now: number, filter: IncidentFilter = 'all'): IncidentNode[] {
  const incidents: DocSummary[] = [];
  const reports = new Map<string, DocSummary>();
  const orphans: DocSummary[] = [];
  for (const s of summaries) {
    if (s.kind === 'incident') incidents.push(s);
    else if (s.incident && !reports.has(s.incident)) reports.set(s.incident, s);
    else orphans.push(s);
  }
  const claimed = new Set<string>();
  const nodes = incidents.map((s) => {
    const rcca = s.id ? reports.get(s.id) : undefined;
    if (rcca && s.id) claimed.add(s.id);
    return buildIncident(s, rcca, now);
  });
  for (const [id, r] of reports) if (!claimed.has(id)) orphans.push(r);
  for (const r of orphans) nodes.push(buildIncident(r, undefined, now));

  const shown = nodes.filter((n) => filter === 'all' || (filter === 'ongoing') === n.ongoing);
  return shown.sort((a, b) =>
    Number(b.ongoing) - Number(a.ongoing)
    || (b.startedAt ?? -Infinity) - (a.startedAt ?? -Infinity)
    || a.summary.title.localeCompare(b.summary.title)
    || a.summary.uri.localeCompare(b.summary.uri));
}
