// Per-rule settings: the configured severity and options of a rule, from config keyed by rule name or id.
import type { Config, Rule, RuleOptions, Severity, SeveritySetting } from '../types';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'information', 'warning', 'error'];
const RANK: Record<Severity, number> = { information: 0, warning: 1, error: 2 };

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v);
}

export interface RuleSettings {
  /** The effective severity: configured, else the rule's default. */
  severity: SeveritySetting;
  /** True when a configuration set the severity explicitly. */
  configured: boolean;
  options: RuleOptions;
}

/**
 * Settings of `rule` in `config`. Keys match the rule's name or id, case-insensitively; when both are present they
 * merge in the object's key order (a later key wins). Invalid severities are ignored (config validation reports them).
 */
export function ruleSettings(rule: Rule, config: Config | undefined): RuleSettings {
  const options: RuleOptions = {};
  let severity: SeveritySetting = rule.defaultSeverity;
  let configured = false;
  const rules = config?.rules;
  if (rules && typeof rules === 'object') {
    const id = rule.id.toLowerCase();
    const name = rule.name.toLowerCase();
    for (const key of Object.keys(rules)) {
      const k = key.trim().toLowerCase();
      if (k !== id && k !== name) continue;
      const value = (rules as Record<string, unknown>)[key];
      if (isSeveritySetting(value)) {
        severity = value;
        configured = true;
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [ok, ov] of Object.entries(value as Record<string, unknown>)) {
          if (ok === 'severity') {
            if (isSeveritySetting(ov)) {
              severity = ov;
              configured = true;
            }
          } else {
            options[ok] = ov;
          }
        }
      }
    }
  }
  options.severity = severity;
  return { severity, configured, options };
}

/**
 * The severity of one finding. A rule may grade its findings (a countdown is information, an overdue report an error);
 * an explicitly configured severity caps that grade, so lowering a rule lowers all its findings, and raising it does
 * not turn an informational note into an error.
 */
export function findingSeverity(settings: RuleSettings, reported: Severity | undefined): Severity {
  const base = settings.severity === 'off' ? 'information' : settings.severity;
  if (!reported || !(reported in RANK)) return base;
  if (!settings.configured) return reported;
  return RANK[reported] <= RANK[base] ? reported : base;
}
