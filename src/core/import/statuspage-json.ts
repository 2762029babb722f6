// Reads a hosted status page's public JSON (the widely used Statuspage shape): `incidents.json`
// ({ page, incidents: [...] }), `incident.json` ({ page, incident: {...} }), or the bare incident or list the
// management API returns. Per incident: `id`, `name`, `status`, `impact` (`impact_override` wins), `created_at`,
// `started_at`, `resolved_at`, `shortlink`, `components[]`, and `incident_updates[]` with `status`, `body`,
// `created_at`, `display_at` (the time the page shows: it wins) and `affected_components[]` ({ name } or names).
// Nothing is guessed: a field that is missing stays missing.
import type { Phase } from '../types';
import type { SourceIncident, SourceUpdate } from './types';
import { parseDateValue } from '../time';

const PHASE_STATUSES: Record<string, Phase> = {
  investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved',
};

/** Statuses of a scheduled maintenance, not of an incident. */
const MAINTENANCE_STATUSES = new Set(['scheduled', 'in_progress', 'verifying', 'completed']);

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function time(v: unknown): number | undefined {
  const t = text(v);
  return t === undefined ? undefined : parseDateValue(t, 'UTC')?.at;
}

function componentNames(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const names: string[] = [];
  for (const c of v) {
    const name = typeof c === 'string' ? c : isObject(c) ? text(c.name) : undefined;
    if (name?.trim() && !names.includes(name.trim())) names.push(name.trim());
  }
  return names;
}

function looksLikeIncident(v: unknown): v is Json {
  return isObject(v) && (Array.isArray(v.incident_updates) || (typeof v.name === 'string' && ('impact' in v || 'status' in v)));
}

/** The incidents a parsed JSON value holds; a string saying why when it is not a status page's incident data. */
export function incidentsOfJson(data: unknown): Json[] | string {
  if (Array.isArray(data)) {
    const found = data.filter(looksLikeIncident);
    if (found.length === 0) return data.length === 0 ? 'the list is empty' : 'the list holds no incident (objects with `incident_updates`)';
    return found;
  }
  if (!isObject(data)) return 'expected an object or a list';
  if (Array.isArray(data.incidents)) {
    const found = data.incidents.filter(looksLikeIncident);
    return found.length > 0 ? found : '`incidents` holds no incident';
  }
  if (looksLikeIncident(data.incident)) return [data.incident];
  if (looksLikeIncident(data)) return [data];
  return 'no `incidents`, `incident` or `incident_updates` found';
}

/** True when the incident is a scheduled maintenance (its impact or its statuses say so). */
export function isMaintenance(incident: Json): boolean {
  // the management API writes `scheduled_for: null` on every incident: only a value says maintenance
  if (text(incident.impact) === 'maintenance' || text(incident.scheduled_for) !== undefined) return true;
  const status = text(incident.status);
  return status !== undefined && MAINTENANCE_STATUSES.has(status);
}

export function readJsonIncident(incident: Json): SourceIncident {
  const updates: SourceUpdate[] = [];
  const list = Array.isArray(incident.incident_updates) ? incident.incident_updates : [];
  for (const u of list) {
    if (!isObject(u)) continue;
    const label = text(u.status);
    updates.push({
      at: time(u.display_at) ?? time(u.created_at),
      phase: label ? PHASE_STATUSES[label.toLowerCase()] : undefined,
      label,
      body: typeof u.body === 'string' ? u.body : '',
      components: componentNames(u.affected_components),
    });
  }
  const components = componentNames(incident.components);
  for (const u of updates) for (const c of u.components) if (!components.includes(c)) components.push(c);
  return {
    id: text(incident.id),
    title: text(incident.name)?.trim(),
    impact: text(incident.impact_override) ?? text(incident.impact),
    status: text(incident.status),
    startedAt: time(incident.started_at) ?? time(incident.created_at),
    resolvedAt: time(incident.resolved_at),
    link: text(incident.shortlink),
    updates,
    components,
    leftover: [],
  };
}
