// New Incident: the folder it goes in and the values of the incident template.
import type { Config, IncidentSeverity, Lang } from '../types';
import type { TemplateValues } from '../templates/render';
import { phaseLabel } from './labels';
import { slugify } from './slug';
import { cadenceOf, formatDateTime, formatTimeNear, idStamp, isoDate, isoTime } from './time';
import { withYaml } from './template-values';

export interface NewIncidentInput {
  title: string;
  severity: IncidentSeverity;
  lead: string;
  lang: Lang;
  zone: string;
  now: number;
  config?: Config;
}

/** Workspace-relative folder of a new incident: `<incidentsFolder>/<date>-<slug>`. */
export function incidentFolder(input: Pick<NewIncidentInput, 'title' | 'zone' | 'now'>, incidentsFolder = 'incidents'): string {
  const base = incidentsFolder.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '') || 'incidents';
  return `${base}/${isoDate(input.now, input.zone)}-${slugify(input.title)}`;
}

export function incidentValues(input: NewIncidentInput): TemplateValues {
  const { now, zone } = input;
  const cadence = cadenceOf(input.severity, input.config);
  return withYaml({
    id: `INC-${idStamp(now, zone)}`,
    title: input.title.trim(),
    severity: input.severity,
    lead: input.lead.trim(),
    lang: input.lang,
    timezone: zone,
    audience: 'customers',
    started: isoTime(now, zone),
    detected: isoTime(now, zone),
    date: isoDate(now, zone),
    time: formatDateTime(now, zone),
    phase: phaseLabel(input.lang, 'investigating'),
    nextUpdate: formatTimeNear(now + cadence * 60_000, now, zone),
    cadence: String(cadence),
  });
}
