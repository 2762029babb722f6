// The cadence options that update-cadence, first-update and next-update each declare: one table of minutes per
// severity and one grace. The rules that use update-cadence's table declare it with `defaultFrom`, so the engine
// hands them update-cadence's configured values when theirs are not set; no rule reads another rule's config.
import type { IncidentSeverity, OptionSpec } from '../types';
import { DEFAULT_CADENCE_MINUTES, FALLBACK_CADENCE_MINUTES } from '../defaults';

export { FALLBACK_CADENCE_MINUTES };

export function cadenceMinutesOption(
  defaultFrom?: string,
): OptionSpec<'severity-minutes'> & { default: Record<IncidentSeverity, number> } {
  return {
    type: 'severity-minutes',
    default: { ...DEFAULT_CADENCE_MINUTES },
    description: 'Minutes between updates per incident severity; a partial table overrides only the severities it names.',
    ...(defaultFrom ? { defaultFrom } : {}),
  };
}

export function graceMinutesOption(defaultFrom?: string): OptionSpec<'non-negative-number'> {
  return {
    type: 'non-negative-number',
    description: 'Minutes of grace after the cadence before an update counts as late (default: a fifth of the cadence, at least 2; 0 makes it strict).',
    ...(defaultFrom ? { defaultFrom } : {}),
  };
}

/** The cadence of a document's severity; undefined without a severity. */
export function cadenceOf(minutes: Record<IncidentSeverity, number>, severity: IncidentSeverity | undefined): number | undefined {
  return severity ? minutes[severity] : undefined;
}

/**
 * Slack on a cadence before a gap counts as too long: updates are posted by people, and "every 15 minutes" is not to
 * the second. The configured `graceMinutes` wins; by default a fifth of the cadence, at least 2 minutes (sev1 3 min,
 * sev2 6, sev3 12, sev4 48).
 */
export function graceOf(configured: number | undefined, cadenceMinutes: number): number {
  return configured ?? Math.max(2, Math.round(cadenceMinutes / 5));
}
