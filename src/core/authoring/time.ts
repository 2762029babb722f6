// How the scaffolding commands write times: the same formats the parser reads and the rules print.
import { DateTime } from 'luxon';
import type { IncidentSeverity, Config } from '../types';
import { FALLBACK_CADENCE_MINUTES, configuredCadence, configuredReportHours } from '../defaults';
import { formatDateTime, formatTimeNear, luxonZone } from '../rules/support/doc';

export { formatDateTime, formatTimeNear };

/** Front matter time: ISO 8601 to the minute, in the document zone ("2026-11-22T14:02:00Z", "…T15:02:00+01:00"). */
export function isoTime(at: number, zone: string): string {
  const dt = DateTime.fromMillis(at, { zone: luxonZone(zone) }).startOf('minute');
  return dt.toISO({ suppressMilliseconds: true }) ?? new Date(at).toISOString();
}

/** Calendar date in the zone ("2026-11-22"), for folder names. */
export function isoDate(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone: luxonZone(zone) }).toFormat('yyyy-LL-dd');
}

/** Compact stamp for generated incident ids ("20261122-1402"). */
export function idStamp(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone: luxonZone(zone) }).toFormat('yyyyLLdd-HHmm');
}

/** Minutes between updates for a severity: `update-cadence.minutes` of the config, else the defaults. */
export function cadenceOf(severity: IncidentSeverity | undefined, config?: Config): number {
  return configuredCadence(severity, config) ?? FALLBACK_CADENCE_MINUTES;
}

/** Hours between resolution and the report deadline: `publish-deadline.hours`, else the default. */
export function publishHours(config?: Config): number {
  return configuredReportHours(config);
}
