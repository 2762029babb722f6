// The cadence and its grace for a rule: the rule's own options, else update-cadence's configured ones, else the
// defaults (defaults.ts).
import { cadenceMinutes, cadenceOptions } from '../../defaults';
import type { RuleContext } from '../../types';

/** The cadence for a rule context: the rule's own `minutes`, else update-cadence's configured table, else defaults. */
export function cadenceFor(ctx: RuleContext): number | undefined {
  const sev = ctx.doc.meta.severity;
  if (!sev) return undefined;
  if (ctx.options.minutes && typeof ctx.options.minutes === 'object') return cadenceMinutes(ctx.options, sev);
  return cadenceMinutes(cadenceOptions(ctx.config), sev);
}

/**
 * Slack on a cadence before a gap counts as too long: updates are posted by people, and "every 15 minutes" is not to
 * the second. `graceMinutes` (the rule's own, else update-cadence's) overrides; 0 makes the cadence strict.
 * Default: a fifth of the cadence, at least 2 minutes (sev1 3 min, sev2 6, sev3 12, sev4 48).
 */
export function graceFor(ctx: RuleContext, cadenceMinutes: number): number {
  const own = ctx.options.graceMinutes;
  const configured = own ?? cadenceOptions(ctx.config)?.graceMinutes;
  if (typeof configured === 'number' && Number.isFinite(configured) && configured >= 0) return configured;
  return Math.max(2, Math.round(cadenceMinutes / 5));
}
