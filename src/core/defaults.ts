// The built-in defaults that rules, scaffolding, the timeline and the status bar share, and the one reader of their
// configured values: cadence minutes per severity (update-cadence `minutes`) and report hours (publish-deadline `hours`).
// Pure: no Node API, no clock.
import type { Config, IncidentSeverity, RuleOptions, UpdateOrder } from './types';

/** Minutes between two status updates, per severity. */
export const DEFAULT_CADENCE_MINUTES: Readonly<Record<IncidentSeverity, number>> = Object.freeze({
  sev1: 15, sev2: 30, sev3: 60, sev4: 240,
});

/** Cadence when a document has no severity (the next-update fix, New Incident, New Status Update). */
export const FALLBACK_CADENCE_MINUTES = 60;

/** Hours after resolution by which the cause-and-corrective-action report is due. */
export const DEFAULT_REPORT_HOURS = 72;

/** `value` when it is a finite number above 0, else `fallback`. */
export function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The options object of a rule in `config`, by name (as configs are keyed once parsed) or by id; undefined if none. */
export function configuredRuleOptions(config: Config | undefined, name: string, id: string): RuleOptions | undefined {
  const value = config?.rules?.[name] ?? config?.rules?.[id];
  return value && typeof value === 'object' ? value : undefined;
}

/**
 * Minutes between updates for `severity` from a rule's options: its `minutes` table may override part of the
 * defaults. Undefined without a severity.
 */
export function cadenceMinutes(options: RuleOptions | undefined, severity: IncidentSeverity | undefined): number | undefined {
  if (!severity) return undefined;
  const table = options?.minutes;
  const configured = table && typeof table === 'object' ? (table as Record<string, unknown>)[severity] : undefined;
  return positiveNumber(configured, DEFAULT_CADENCE_MINUTES[severity]);
}

/** Hours until the report is due, from publish-deadline's options (`hours`), else the default. */
export function reportHours(options: RuleOptions | undefined): number {
  return positiveNumber(options?.hours, DEFAULT_REPORT_HOURS);
}

/** The update-cadence options of a configuration. */
export function cadenceOptions(config: Config | undefined): RuleOptions | undefined {
  return configuredRuleOptions(config, 'update-cadence', 'PM005');
}

/** The publish-deadline options of a configuration. */
export function reportOptions(config: Config | undefined): RuleOptions | undefined {
  return configuredRuleOptions(config, 'publish-deadline', 'PM003');
}

/** Cadence for a severity under a configuration; undefined without a severity. */
export function configuredCadence(severity: IncidentSeverity | undefined, config: Config | undefined): number | undefined {
  return cadenceMinutes(cadenceOptions(config), severity);
}

/** Report hours under a configuration. */
export function configuredReportHours(config: Config | undefined): number {
  return reportHours(reportOptions(config));
}

/** The order to write status updates in: newest first when the timestamps rule's `updateOrder` says so, else oldest first. */
export function configuredUpdateOrder(config: Config | undefined): UpdateOrder {
  const order = configuredRuleOptions(config, 'timestamps', 'PM023')?.updateOrder;
  return order === 'newest-first' ? 'newest-first' : 'oldest-first';
}
