// Words for the tree: label, description and tooltip of every node and row. All strings go through `t`
// (vscode.l10n.t in the extension), with English as the key.
import type { Phase } from '../types';
import { englishT, formatClock, formatSpan, type Translate } from '../time';
import type { IncidentNode, TimelineRow } from './model';

export interface RowText { label: string; description?: string; tooltip?: string }

export function phaseName(phase: Phase | undefined, t: Translate = englishT): string {
  switch (phase) {
    case 'investigating': return t('Investigating');
    case 'identified': return t('Identified');
    case 'monitoring': return t('Monitoring');
    case 'resolved': return t('Resolved');
    default: return t('Update');
  }
}

/** "for 42 min" while ongoing, "3 d ago" once resolved (since the start). */
export function incidentAge(node: IncidentNode, now: number, t: Translate = englishT): string | undefined {
  if (node.startedAt === undefined) return undefined;
  const span = formatSpan(now - node.startedAt, t);
  return node.ongoing ? t('for {0}', span) : t('{0} ago', span);
}

export function describeIncident(node: IncidentNode, now: number, t: Translate = englishT): RowText {
  const s = node.summary;
  const title = s.title || s.id || t('Untitled incident');
  const parts: string[] = [];
  if (s.severity) parts.push(s.severity.toUpperCase());
  parts.push(s.kind === 'rcca' ? t('Report') : phaseName(node.phase, t));
  const age = incidentAge(node, now, t);
  if (age) parts.push(age);
  const tip = [s.id ? `${s.id} — ${title}` : title];
  if (node.startedAt !== undefined) tip.push(t('Started {0}', formatClock(node.startedAt, s.zone)));
  if (node.resolvedAt !== undefined) {
    tip.push(t('Resolved {0}', formatClock(node.resolvedAt, s.zone)));
    if (node.startedAt !== undefined) tip.push(t('Duration {0}', formatSpan(node.resolvedAt - node.startedAt, t)));
  }
  return { label: title, description: parts.join(' · '), tooltip: tip.join('\n') };
}

export function describeRow(row: TimelineRow, node: IncidentNode, now: number, t: Translate = englishT): RowText {
  const zone = node.summary.zone;
  const near = node.startedAt ?? now;
  switch (row.kind) {
    case 'update':
      return {
        label: row.heading || phaseName(row.phase, t),
        description: row.at === undefined ? t('time not understood') : undefined,
        tooltip: row.at !== undefined ? `${phaseName(row.phase, t)} · ${formatClock(row.at, zone)}` : undefined,
      };
    case 'entry':
      return {
        label: row.at !== undefined ? `${formatClock(row.at, zone, near)} — ${row.text}` : row.text,
        tooltip: row.text,
      };
    case 'silence':
      return {
        label: t('no update for {0}', formatSpan(row.to - row.from, t)),
        description: row.ongoing ? t('since {0}', formatClock(row.from, zone, now)) : `${formatClock(row.from, zone, near)} → ${formatClock(row.to, zone, row.from)}`,
      };
    case 'late':
      return {
        label: t('update {0} later than promised', formatSpan(row.postedAt - row.promisedAt, t)),
        description: t('promised {0}', formatClock(row.promisedAt, zone, near)),
      };
    case 'nextDue': {
      const due = formatClock(row.dueAt, zone, now);
      return now > row.dueAt
        ? { label: t('next update overdue by {0}', formatSpan(now - row.dueAt, t)), description: t('due {0}', due) }
        : { label: t('next update due {0} (in {1})', due, formatSpan(row.dueAt - now, t)),
            tooltip: row.promised ? t('As promised in the last update') : t('Cadence of this severity') };
    }
    case 'report': {
      const label = row.state === 'published'
        ? t('report published {0} after resolution', formatSpan(row.publishedAt! - row.resolvedAt, t))
        : row.state === 'overdue'
          ? t('report overdue by {0}', formatSpan(now - row.deadline, t))
          : t('report due in {0}', formatSpan(row.deadline - now, t));
      return {
        label,
        description: row.rccaUri ? undefined : t('no report yet: click to create it'),
        tooltip: t('Due {0}', formatClock(row.deadline, zone)),
      };
    }
  }
}
