// Import Incident from Status Page: a hosted status page's JSON (incidents.json, incident.json) or the text a person
// copies from its incident page, turned into incident documents in our format. Pure: the editor and the CLI fetch
// and write; this only reads and writes text.
import type { ImportFailure, ImportOptions, ImportResult, ImportWarning, ImportedIncident } from './types';
import { incidentsOfJson, isMaintenance, readJsonIncident } from './statuspage-json';
import { hasYearlessDates, readPastedText } from './pasted-text';
import { writeIncident } from './write';

export type * from './types';
export { severityOfImpact, escapeBody } from './write';
export { readPastedText } from './pasted-text';

/** True when the input is meant as JSON (it starts with `{` or `[`). */
export function looksLikeJson(input: string): boolean {
  return /^\s*[[{]/.test(input.replace(/^\uFEFF/, ''));
}

function isFailure(v: ImportedIncident | ImportFailure): v is ImportFailure {
  return 'reason' in v;
}

/**
 * Every incident the input holds, as our documents. A list skips scheduled maintenances (reported once); a single
 * maintenance, a page with no incident, or an incident that needs a severity or a title the page does not give is
 * a failure that says so (the caller asks and calls again with `severity` / `title`).
 */
export function importStatusPage(input: string, options: ImportOptions = {}): ImportResult {
  const text = input.replace(/^\uFEFF/, '');
  if (!looksLikeJson(text)) {
    const source = readPastedText(text, options.zone ?? options.config?.timezone ?? 'UTC');
    if (!source) {
      const detail = hasYearlessDates(text)
        ? 'its dates have no year ("Mar 13, 10:16"): copy the text from the incident\'s own page, whose "Posted" lines carry the year, or import the page\'s JSON'
        : 'no update with a posted date and time was found';
      return { ok: false, failure: { reason: 'not-an-incident', detail } };
    }
    const written = writeIncident(source, options);
    return isFailure(written) ? { ok: false, failure: written } : { ok: true, incidents: [written], warnings: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, failure: { reason: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  const found = incidentsOfJson(data);
  if (typeof found === 'string') return { ok: false, failure: { reason: 'not-an-incident', detail: found } };
  const maintenances = found.filter(isMaintenance);
  const incidents = found.filter((i) => !isMaintenance(i));
  if (incidents.length === 0) {
    const title = typeof maintenances[0]?.name === 'string' ? maintenances[0].name : '';
    return { ok: false, failure: { reason: 'maintenance', title } };
  }
  const warnings: ImportWarning[] = [];
  if (maintenances.length > 0) {
    warnings.push({ code: 'maintenance-skipped', count: maintenances.length, titles: maintenances.map((m) => String(m.name ?? '')) });
  }
  const out: ImportedIncident[] = [];
  for (const incident of incidents) {
    const written = writeIncident(readJsonIncident(incident), options);
    if (isFailure(written)) return { ok: false, failure: written };
    out.push(written);
  }
  return { ok: true, incidents: out, warnings };
}
