// The options each rule accepts in `.postmortem.yaml`: read from the rules' own option schemas (rules/*.ts), checked
// when a config file is parsed, and resolved to typed, defaulted values before a rule runs.
// Rules that declare no options accept any (embedders' rules document theirs on their own pages).
import { SEVERITIES, UPDATE_ORDER_SETTINGS, type Config, type IncidentSeverity, type OptionSpec, type OptionType, type Rule, type RuleOptions } from '../types';
import { allRules, findRule } from '../rules/index';
import { ruleSettings } from '../engine/severity';

export type { OptionType } from '../types';

/** Option name -> type, per rule name, for every registered rule that declares options. */
export function optionTable(rules: readonly Rule[]): Record<string, Record<string, OptionType>> {
  const table: Record<string, Record<string, OptionType>> = {};
  for (const rule of rules) {
    if (!rule.options) continue;
    table[rule.name] = Object.fromEntries(Object.entries(rule.options).map(([name, spec]) => [name, spec.type]));
  }
  return table;
}

export const RULE_OPTIONS: Record<string, Record<string, OptionType>> = optionTable(allRules);


function positive(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** True when `value` has the option's type. */
export function checkOption(type: OptionType, value: unknown): boolean {
  switch (type) {
    case 'positive-number':
      return positive(value);
    case 'non-negative-number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'string-list':
      return Array.isArray(value) && value.every((x) => typeof x === 'string' && x.trim().length > 0);
    case 'severity-minutes':
      return isTable(value) && Object.entries(value).every(([k, v]) => (SEVERITIES as string[]).includes(k) && positive(v));
    case 'severity-level':
      return typeof value === 'string' && (SEVERITIES as string[]).includes(value);
    case 'update-order':
      return typeof value === 'string' && (UPDATE_ORDER_SETTINGS as string[]).includes(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
  }
}

/**
 * The usable part of a configured value, or undefined. Lenient where the editor settings (not validated like a
 * config file) may hold a partly wrong value: a list keeps its non-empty texts, a severity table its positive minutes
 * over the default table.
 */
function usableValue(spec: OptionSpec, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (spec.type === 'string-list') {
    if (!Array.isArray(value)) return undefined;
    const usable = (x: unknown) => typeof x === 'string' && x.trim().length > 0;
    // The configured array itself when it is all usable: rules may cache what they build from it by the array (a
    // 50,000-name vendors list), and a copy on every lint sent every lint through the whole list to find it again.
    return value.every(usable) ? value : value.filter(usable);
  }
  if (spec.type === 'severity-minutes') {
    if (!isTable(value)) return undefined;
    const table = { ...(spec.default as Record<IncidentSeverity, number>) };
    for (const sev of SEVERITIES) if (positive(value[sev])) table[sev] = value[sev] as number;
    return table;
  }
  return checkOption(spec.type, value) ? value : undefined;
}

/**
 * The options `rule` runs with. A rule that declares options gets exactly those: the configured value when usable,
 * else (when not configured at all) the same option configured on the rule named by `defaultFrom`, else the
 * default. Other rules get what is
 * configured, as is.
 */
export function resolveRuleOptions(rule: Rule, configured: RuleOptions, config: Config | undefined): RuleOptions {
  if (!rule.options) return configured;
  const resolved: RuleOptions = {};
  for (const [name, spec] of Object.entries(rule.options)) {
    let value = usableValue(spec, configured[name]);
    const source = spec.defaultFrom !== undefined && configured[name] === undefined ? findRule(spec.defaultFrom) : undefined;
    if (source) value = usableValue(spec, ruleSettings(source, config).options[name]);
    resolved[name] = value ?? spec.default;
  }
  return resolved;
}
