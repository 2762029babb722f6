// Parses and validates one `.postmortem.yaml` text: a Config plus problems as findings at their line and column.
// Invalid parts are dropped (the defaults apply for them); a file that is not YAML yields an empty config.
// Values are read as YAML means them: an alias (`vendors: *v`) stands for the node it names.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Config, Finding, Lang, Range, Rule, RuleOptions, Severity } from '../types';
import { LANGS } from '../types';
import { allRules, findRule } from '../rules/index';
import { isSeveritySetting } from '../engine/severity';
import type { ConfigMessages } from './messages';
import { CONFIG_MESSAGES } from './messages';
import { RULE_OPTIONS, checkOption } from './options';
import { suggestRuleName } from './suggest';
import { isValidZone } from '../time';
import { readDocuments } from './documents';

export const CONFIG_RULE_ID = 'PM000';
export const CONFIG_RULE_NAME = 'config';
export const CONFIG_DOCS_URL = 'https://github.com/postmortem-author/postmortem-author/blob/main/README.md#configuration';

export interface ParsedConfig {
  config: Config;
  /** `extends` targets as written, with the range of each value. */
  extends: Array<{ path: string; range: Range }>;
  /** Where `templates` is written, for problems found when its path is resolved. */
  templatesRange?: Range;
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
  return new ConfigReader(text, options).read();
}

type YamlNode = Node | null | undefined;
const UNREADABLE = Symbol('unreadable');
const NO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** One reading of one file: the YAML document, where its nodes are, and what has been found so far. */
class ConfigReader {
  private readonly t: ConfigMessages;
  private readonly rules: readonly Rule[];
  private readonly lineCounter = new LineCounter();
  private readonly out: ParsedConfig = { config: { rules: {} }, extends: [], problems: [] };
  private doc?: Document;
  private readonly lang?: Lang;

  constructor(private readonly text: string, options: ParseConfigOptions) {
    this.t = CONFIG_MESSAGES[options.lang ?? 'en'] ?? CONFIG_MESSAGES.en;
    this.lang = options.lang;
    this.rules = options.rules ?? allRules;
  }

  read(): ParsedConfig {
    const root = this.parseYaml();
    if (root === undefined) return this.out;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return this.out; // empty file
    if (!isMap(root)) {
      this.problem(this.t.notMap, this.rangeOf(root));
      return this.out;
    }
    for (const pair of root.items as Pair<unknown, unknown>[]) this.readTopLevel(pair);
    return this.out;
  }

  /** The document's root node; undefined when the text is not YAML (the problems say why). */
  private parseYaml(): YamlNode | undefined {
    let doc: Document;
    try {
      doc = parseDocument(this.text, { lineCounter: this.lineCounter, prettyErrors: false, uniqueKeys: true });
    } catch (e) {
      this.problem(this.t.yaml(e instanceof Error ? e.message : String(e)), NO_RANGE);
      return undefined;
    }
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const [a, b] = err.pos;
        this.problem(this.t.yaml(err.message.split('\n')[0]), { start: this.pos(a), end: this.pos(Math.max(a, b)) });
      }
      return undefined;
    }
    this.doc = doc;
    return this.deref(doc.contents as YamlNode);
  }

  private readTopLevel(pair: Pair<unknown, unknown>): void {
    const { t, out } = this;
    const key = this.keyText(pair.key as Node);
    const keyRange = this.rangeOf(pair.key as Node);
    const value = this.deref(pair.value as YamlNode);
    const valueRange = this.rangeOf(pair.value as YamlNode, keyRange);
    if (key === 'rules') {
      if (value === null || value === undefined || (isScalar(value) && value.value === null)) return;
      if (!isMap(value)) return this.problem(t.rulesNotMap, valueRange);
      for (const rp of value.items as Pair<unknown, unknown>[]) this.readRule(rp);
      return;
    }
    if (key === 'extends') return this.readExtends(value, valueRange);
    const js = key === 'timezone' || key === 'language' || key === 'templates' ? this.plain(value, valueRange) : undefined;
    if (js === UNREADABLE) return;
    switch (key) {
      case 'timezone':
        if (typeof js !== 'string') return this.problem(t.notString(key), valueRange);
        if (!isValidZone(js)) return this.problem(t.badTimezone(js), valueRange);
        out.config.timezone = js.trim();
        return;
      case 'language': {
        if (typeof js !== 'string') return this.problem(t.notString(key), valueRange);
        const lang = LANGS.find((l) => l.toLowerCase() === js.trim().toLowerCase());
        if (!lang) return this.problem(t.badLanguage(js), valueRange);
        out.config.language = lang;
        return;
      }
      case 'documents': return readDocuments(value ?? null, valueRange, (n, f) => this.rangeOf(n as YamlNode, f), out.config, out.problems, this.lang);
      case 'templates':
        if (typeof js !== 'string' || !js.trim()) return this.problem(t.notString(key), valueRange);
        out.config.templates = js.trim();
        out.templatesRange = valueRange;
        return;
      default:
        this.problem(t.unknownKey(key), keyRange, 'warning');
    }
  }

  private readExtends(value: YamlNode, valueRange: Range): void {
    if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) {
      this.out.extends.push({ path: value.value.trim(), range: valueRange });
      return;
    }
    const items = isSeq(value) ? value.items.map((i) => ({ node: this.deref(i as YamlNode), range: this.rangeOf(i as YamlNode) })) : [];
    if (!isSeq(value) || !items.every(({ node }) => isScalar(node) && typeof node.value === 'string' && node.value.trim())) {
      this.problem(this.t.badExtends, valueRange);
      return;
    }
    for (const { node, range } of items) this.out.extends.push({ path: String((node as { value: string }).value).trim(), range });
  }

  private readRule(rp: Pair<unknown, unknown>): void {
    const { t, out } = this;
    const name = this.keyText(rp.key as Node);
    const keyRange = this.rangeOf(rp.key as Node);
    const value = this.deref(rp.value as YamlNode);
    const valueRange = this.rangeOf(rp.value as YamlNode, keyRange);
    const rule = findRule(name, this.rules);
    if (!rule) return this.problem(t.unknownRule(name, suggestRuleName(name, this.rules)), keyRange, 'warning');
    if (isScalar(value)) {
      if (isSeveritySetting(value.value)) out.config.rules[rule.name] = value.value;
      else this.problem(t.badSeverity(String(value.value)), valueRange);
      return;
    }
    if (!isMap(value)) return this.problem(t.badRuleValue(rule.name), valueRange);
    const opts = this.readRuleOptions(rule, value.items as Pair<unknown, unknown>[]);
    if (Object.keys(opts).length === 0) return;
    const prev = out.config.rules[rule.name];
    out.config.rules[rule.name] = typeof prev === 'object' ? { ...prev, ...opts } : prev && !opts.severity ? { ...opts, severity: prev } : opts;
  }

  /** The valid options of one rule's mapping; each invalid one is a problem at its place. */
  private readRuleOptions(rule: Rule, pairs: Pair<unknown, unknown>[]): RuleOptions {
    const { t } = this;
    const opts: RuleOptions = {};
    const known = RULE_OPTIONS[rule.name];
    for (const op of pairs) {
      const name = this.keyText(op.key as Node);
      const nameRange = this.rangeOf(op.key as Node);
      const valueRange = this.rangeOf(op.value as YamlNode, nameRange);
      const v = this.plain(this.deref(op.value as YamlNode), valueRange);
      if (v === UNREADABLE) continue;
      if (name === 'severity') {
        if (isSeveritySetting(v)) opts.severity = v;
        else this.problem(t.badSeverity(String(v)), valueRange);
        continue;
      }
      if (known) {
        const type = known[name];
        if (!type) {
          this.problem(t.unknownOption(rule.name, name, Object.keys(known)), nameRange, 'warning');
          continue;
        }
        if (!checkOption(type, v)) {
          this.problem(t.badOption(rule.name, name, type), valueRange);
          continue;
        }
      }
      opts[name] = v;
    }
    return opts;
  }

  private problem(message: string, range: Range, severity: Severity = 'error'): void {
    this.out.problems.push(configProblem(message, range, severity));
  }

  /** The node an alias names (a bad or missing anchor is already a YAML error). */
  private deref(node: YamlNode): YamlNode {
    return isAlias(node) && this.doc ? (node.resolve(this.doc) as YamlNode) : node;
  }

  /** The node as plain data, aliases inside it resolved; a value that expands too far (a YAML bomb) is a problem. */
  private plain(node: YamlNode, range: Range): unknown {
    if (node === null || node === undefined || !this.doc) return node;
    try {
      return node.toJS(this.doc);
    } catch (e) {
      this.problem(this.t.yaml(e instanceof Error ? e.message : String(e)), range);
      return UNREADABLE;
    }
  }

  private keyText(node: Node): string {
    return isScalar(node) ? String(node.value) : String(node);
  }

  private pos(offset: number): { line: number; character: number } {
    const p = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line: p.line - 1, character: p.col - 1 };
  }

  private rangeOf(node: YamlNode, fallback: Range = NO_RANGE): Range {
    const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return r ? { start: this.pos(r[0]), end: this.pos(r[1]) } : fallback;
  }
}
