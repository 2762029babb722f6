// Parses and validates one `.postmortem.yaml` text: a Config plus problems as findings at their line and column.
// Invalid parts are dropped (the defaults apply for them); a file that is not YAML yields an empty config.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Config, Finding, Lang, Range, Rule, RuleOptions, Severity } from '../types';
import { LANGS } from '../types';
import { allRules, findRule } from '../rules/index';
import { isSeveritySetting } from '../engine/severity';
import { CONFIG_MESSAGES } from './messages';
import { RULE_OPTIONS, checkOption } from './options';
import { suggestRuleName } from './suggest';
import { isValidZone } from '../time';

export const CONFIG_RULE_ID = 'PM000';
export const CONFIG_RULE_NAME = 'config';
export const CONFIG_DOCS_URL = 'https://github.com/postmortem-author/postmortem-author/blob/main/README.md#configuration';

export interface ParsedConfig {
  config: Config;
  /** `extends` targets as written, with the range of each value. */
  extends: Array<{ path: string; range: Range }>;
  problems: Finding[];
}

export interface ParseConfigOptions {
  /** Language of the messages (the UI language); default en. */
  lang?: Lang;
  /** Rules that exist (default: the registry). */
  rules?: readonly Rule[];
}

export function configProblem(message: string, range: Range, severity: Severity = 'error'): Finding {
  return { ruleId: CONFIG_RULE_ID, ruleName: CONFIG_RULE_NAME, severity, message, range, docsUrl: CONFIG_DOCS_URL };
}

export function parseConfig(text: string, options: ParseConfigOptions = {}): ParsedConfig {
  const t = CONFIG_MESSAGES[options.lang ?? 'en'] ?? CONFIG_MESSAGES.en;
  const rules = options.rules ?? allRules;
  const lineCounter = new LineCounter();
  const problems: Finding[] = [];
  const config: Config = { rules: {} };
  const out: ParsedConfig = { config, extends: [], problems };

  const pos = (offset: number) => {
    const p = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: p.line - 1, character: p.col - 1 };
  };
  const rangeOf = (node: Node | null | undefined | unknown, fallback?: Range): Range => {
    const r = (node as { range?: [number, number, number] } | null)?.range;
    if (r) return { start: pos(r[0]), end: pos(r[1]) };
    return fallback ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  };

  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    problems.push(configProblem(t.yaml(e instanceof Error ? e.message : String(e)), rangeOf(undefined)));
    return out;
  }
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const [a, b] = err.pos;
      const detail = err.message.split('\n')[0];
      problems.push(configProblem(t.yaml(detail), { start: pos(a), end: pos(Math.max(a, b)) }));
    }
    return out;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out; // empty file
  if (!isMap(root)) {
    problems.push(configProblem(t.notMap, rangeOf(root)));
    return out;
  }

  for (const pair of root.items as Pair<unknown, unknown>[]) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyRange = rangeOf(keyNode);
    const value = pair.value as Node | null;
    const valueRange = rangeOf(value, keyRange);
    const js = value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
    switch (key) {
      case 'rules':
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          problems.push(configProblem(t.rulesNotMap, valueRange));
          break;
        }
        for (const rp of value.items as Pair<unknown, unknown>[]) readRule(rp);
        break;
      case 'timezone':
        if (typeof js !== 'string') problems.push(configProblem(t.notString(key), valueRange));
        else if (!isValidZone(js)) problems.push(configProblem(t.badTimezone(js), valueRange));
        else config.timezone = js.trim();
        break;
      case 'language': {
        const lang = typeof js === 'string' ? LANGS.find((l) => l.toLowerCase() === js.trim().toLowerCase()) : undefined;
        if (lang) config.language = lang;
        else problems.push(configProblem(t.badLanguage(String(js)), valueRange));
        break;
      }
      case 'templates':
        if (typeof js === 'string' && js.trim()) config.templates = js.trim();
        else problems.push(configProblem(t.notString(key), valueRange));
        break;
      case 'extends':
        if (typeof js === 'string' && js.trim()) out.extends.push({ path: js.trim(), range: valueRange });
        else if (isSeq(value) && value.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value.trim())) {
          for (const item of value.items) out.extends.push({ path: String((item as { value: string }).value).trim(), range: rangeOf(item) });
        } else problems.push(configProblem(t.badExtends, valueRange));
        break;
      default:
        problems.push(configProblem(t.unknownKey(key), keyRange, 'warning'));
    }
  }
  return out;

  function readRule(rp: Pair<unknown, unknown>): void {
    const keyNode = rp.key as Node;
    const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyRange = rangeOf(keyNode);
    const value = rp.value as Node | null;
    const valueRange = rangeOf(value, keyRange);
    const rule = findRule(name, rules);
    if (!rule) {
      problems.push(configProblem(t.unknownRule(name, suggestRuleName(name, rules)), keyRange, 'warning'));
      return;
    }
    if (isScalar(value)) {
      if (isSeveritySetting(value.value)) config.rules[rule.name] = value.value;
      else problems.push(configProblem(t.badSeverity(String(value.value)), valueRange));
      return;
    }
    if (!isMap(value)) {
      problems.push(configProblem(t.badRuleValue(rule.name), valueRange));
      return;
    }
    const opts: RuleOptions = {};
    const known = RULE_OPTIONS[rule.name];
    for (const op of value.items as Pair<unknown, unknown>[]) {
      const okNode = op.key as Node;
      const ok = isScalar(okNode) ? String(okNode.value) : String(okNode);
      const ov = op.value as Node | null;
      const ovRange = rangeOf(ov, rangeOf(okNode));
      const v = ov && typeof (ov as { toJSON?: unknown }).toJSON === 'function' ? (ov as { toJSON(): unknown }).toJSON() : ov;
      if (ok === 'severity') {
        if (isSeveritySetting(v)) opts.severity = v;
        else problems.push(configProblem(t.badSeverity(String(v)), ovRange));
        continue;
      }
      if (known) {
        const type = known[ok];
        if (!type) {
          problems.push(configProblem(t.unknownOption(rule.name, ok, Object.keys(known)), rangeOf(okNode), 'warning'));
          continue;
        }
        if (!checkOption(type, v)) {
          problems.push(configProblem(t.badOption(rule.name, ok, type), ovRange));
          continue;
        }
      }
      opts[ok] = v;
    }
    if (Object.keys(opts).length === 0) return;
    const prev = config.rules[rule.name];
    config.rules[rule.name] = typeof prev === 'object' ? { ...prev, ...opts } : prev && !opts.severity ? { ...opts, severity: prev } : opts;
  }
}
