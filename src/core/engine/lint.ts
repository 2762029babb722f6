// The lint engine: parse (cached per version), run the applicable rules with their configured severity and options,
// apply inline directives, isolate rule crashes, clamp ranges and sort.
import type {
  Config, Finding, LintOptions, LintResult, PostmortemDocument, Rule, RuleContext, RuleError,
} from '../types';
import { documentLines, parseDocument } from '../model/parse';
import { allRules, docsUrl } from '../rules/index';
import { messagesIn } from '../rules/define';
import { normalizeRuleKeys } from '../config/merge';
import { resolveRuleOptions } from '../config/options';
import { ParseCache } from './cache';
import { BLOCK_LOCAL_RULES, blockIndex, checkBlockLocal, type BlockIndex } from './block-reuse';
import { Suppressions } from './directives';
import { findingSeverity, ruleSettings } from './severity';
import { sortFindings } from './sort';
import { unknownDirectiveRules } from './unknown-directive-rules';
import { nestingLimitNotice } from './nesting-limit';

/** Shared by every lint call of this process (the editor re-lints the same version on config changes). */
export const parseCache = new ParseCache(16);

/**
 * Parses `text`, reusing the document parsed for the same uri + version + text. Never throws: the parser returns an
 * empty document with the reason when it cannot read the text.
 */
export function parseCached(text: string, options: Pick<LintOptions, 'uri' | 'version' | 'config'>): { doc: PostmortemDocument } {
  const { uri, version, config } = options;
  const key = uri !== undefined && version !== undefined ? ParseCache.key(uri, version, config) : undefined;
  if (key) {
    const hit = parseCache.get(key, text);
    if (hit) return { doc: hit };
  }
  const doc = parseDocument(text, { uri, version, config });
  if (key) parseCache.set(key, text, doc);
  return { doc };
}

export function lint(text: string, options: LintOptions): LintResult {
  const source = typeof text === 'string' ? text : String(text ?? '');
  return lintDocument(parseCached(source, options).doc, options);
}

/** Whether `rule` looks at `doc` at all (kind, audience). */
export function ruleApplies(rule: Rule, doc: PostmortemDocument): boolean {
  if (doc.kind === undefined) return rule.checksUntyped === true;
  if (!rule.appliesTo.includes(doc.kind)) return false;
  if (rule.customerOnly && doc.meta?.audience === 'internal') return false;
  return true;
}

export function lintDocument(doc: PostmortemDocument, options: LintOptions): LintResult {
  const rules = options.rules ?? allRules;
  const config: Config | undefined = options.config ? normalizeRuleKeys(options.config, rules) : undefined;
  const now = Number.isFinite(options.now) ? options.now : 0;
  const suppressions = Suppressions.of(doc);
  const lines = documentLines(doc);
  const findings: Finding[] = [];
  const errors: RuleError[] = [];
  // Block-local rules' reports of unchanged blocks come from the last lint of the same document (block-reuse.ts).
  const kept = options.uri !== undefined && doc.kind !== undefined ? parseCache.blockResults.forDocument(options.uri) : undefined;
  let index: BlockIndex | undefined;

  for (const rule of rules) {
    if (!ruleApplies(rule, doc)) continue;
    const settings = ruleSettings(rule, config);
    if (settings.severity === 'off') continue;
    if (!suppressions.empty && suppressions.fileDisabled(rule)) continue;
    const silenced = suppressions.empty ? undefined : suppressions.forRule(rule);
    const url = docsUrl(rule);
    const severity = findingSeverity(settings, undefined);
    const own: Finding[] = [];
    const ctx: RuleContext = {
      doc,
      options: resolveRuleOptions(rule, settings.options, config),
      messages: messagesIn(rule, doc.lang),
      now,
      config,
      report(f) {
        const range = lines.clampRange(f.range);
        if (silenced?.(range.start.line)) return;
        const finding: Finding = {
          ruleId: rule.id,
          ruleName: rule.name,
          severity: f.severity === undefined ? severity : findingSeverity(settings, f.severity),
          message: String(f.message ?? ''),
          range,
          docsUrl: url,
        };
        if (f.fix && Array.isArray(f.fix.edits)) {
          finding.fix = {
            title: String(f.fix.title ?? ''),
            edits: f.fix.edits.map((e) => ({ range: lines.clampRange(e.range), newText: String(e.newText ?? '') })),
          };
        }
        own.push(finding);
      },
    };
    try {
      let done = false;
      if (kept && BLOCK_LOCAL_RULES.has(rule.id)) {
        const key = `${doc.lang}\u0000${doc.kind}\u0000${JSON.stringify(ctx.options)}`;
        done = checkBlockLocal(rule, ctx, index ??= blockIndex(doc), kept, key, (f) => ctx.report(f));
      }
      if (!done) rule.check(ctx);
      // A loop, not push(...own): spreading hundreds of thousands of findings overflows the call stack.
      for (let k = 0; k < own.length; k++) findings.push(own[k]);
    } catch (e) {
      // One broken rule must not hide the others' findings; its partial findings are dropped as unreliable.
      errors.push(toRuleError(rule, e));
    }
  }

  // Only for a postmortem document: the engine stays silent on other Markdown.
  const notice = doc.kind !== undefined ? nestingLimitNotice(doc, lines) : undefined;
  if (notice) findings.push(notice);

  if (!suppressions.empty) {
    const known = options.rules ? [...new Set([...allRules, ...options.rules])] : allRules;
    for (const f of unknownDirectiveRules(doc, lines, known)) findings.push(f);
  }

  const result: LintResult = { document: doc, findings: sortFindings(findings) };
  if (errors.length > 0) result.errors = errors;
  return result;
}

function toRuleError(rule: Pick<Rule, 'id' | 'name'>, e: unknown): RuleError {
  const err = e instanceof Error ? e : new Error(String(e));
  return { ruleId: rule.id, ruleName: rule.name, message: err.message, stack: err.stack };
}
