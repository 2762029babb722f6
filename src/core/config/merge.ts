// Merging configurations (defaults < editor settings < config files) and keying rules by name.
import type { Config, Rule, RuleOptions, SeveritySetting } from '../types';
import { allRules, findRule } from '../rules/index';

/** Built-in defaults: every rule at its default severity (kept on the rule itself), no zone or language forced. */
export const DEFAULT_CONFIG: Config = { rules: {} };

type RuleValue = SeveritySetting | RuleOptions;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Over wins; nested plain objects (e.g. the cadence table) merge key by key; a bare severity keeps the options. */
export function mergeRuleValue(base: RuleValue | undefined, over: RuleValue | undefined): RuleValue | undefined {
  if (over === undefined) return base;
  if (base === undefined) return over;
  if (typeof over === 'string') return isPlainObject(base) ? { ...base, severity: over } : over;
  if (!isPlainObject(over)) return base;
  const out: Record<string, unknown> = isPlainObject(base) ? { ...base } : { severity: base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isPlainObject(out[k]) && isPlainObject(v) ? { ...(out[k] as object), ...v } : v;
  }
  return out as RuleOptions;
}

/** Rules keyed by rule name (ids and case variants folded in, later keys win); unknown keys kept as written. */
export function normalizeRuleKeys(config: Config, rules: readonly Rule[] = allRules): Config {
  const src = isPlainObject(config.rules) ? config.rules : {};
  const out: Record<string, RuleValue> = {};
  for (const [key, value] of Object.entries(src)) {
    const name = findRule(key, rules)?.name ?? key;
    const merged = mergeRuleValue(out[name], value as RuleValue);
    if (merged !== undefined) out[name] = merged;
  }
  return { ...config, rules: out };
}

/** `over` on top of `base`. */
export function mergeConfig(base: Config | undefined, over: Config | undefined, rules: readonly Rule[] = allRules): Config {
  const b = normalizeRuleKeys(base ?? DEFAULT_CONFIG, rules);
  if (!over) return b;
  const o = normalizeRuleKeys(over, rules);
  const merged: Record<string, RuleValue> = { ...b.rules };
  for (const [k, v] of Object.entries(o.rules)) {
    const m = mergeRuleValue(merged[k], v);
    if (m !== undefined) merged[k] = m;
  }
  const out: Config = { rules: merged };
  const timezone = o.timezone ?? b.timezone;
  const language = o.language ?? b.language;
  const templates = o.templates ?? b.templates;
  if (timezone !== undefined) out.timezone = timezone;
  if (language !== undefined) out.language = language;
  if (templates !== undefined) out.templates = templates;
  if (b.documents || o.documents) out.documents = { ...b.documents, ...o.documents };
  return out;
}
