// How the scaffolding commands write times and read the cadence: the same formats the parser reads and the rules
// print (the time layer), the same defaults the rules use (defaults.ts).
import type { IncidentSeverity, Config } from '../types';
import { FALLBACK_CADENCE_MINUTES, configuredCadence, configuredReportHours } from '../defaults';

export { formatDateTime, formatTimeNear, idStamp, isoDate, isoTime } from '../time';

/** Minutes between updates for a severity: `update-cadence.minutes` of the config, else the defaults. */
export function cadenceOf(severity: IncidentSeverity | undefined, config?: Config): number {
  return configuredCadence(severity, config) ?? FALLBACK_CADENCE_MINUTES;
}

/** Hours between resolution and the report deadline: `publish-deadline.hours`, else the default. */
export function publishHours(config?: Config): number {
  return configuredReportHours(config);
}
