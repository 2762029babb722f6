// Run one rule on a document text, without the engine: parse, check, collect what it reports. The rule gets its
// messages and options the way the engine hands them over.
import { parseDocument } from '../../../src/core/model/parse';
import { resolveRuleOptions } from '../../../src/core/config/options';
import { messagesIn } from '../../../src/core/rules/define';
import type { Config, Fix, Range, Rule, RuleOptions, Severity } from '../../../src/core/types';

export interface Reported { message: string; range: Range; fix?: Fix; severity?: Severity }

export const NOW = Date.parse('2026-11-23T12:00:00Z');

export function runRule(rule: Rule, text: string, opts: { now?: number; options?: RuleOptions; config?: Config } = {}): Reported[] {
  const doc = parseDocument(text, { config: opts.config });
  const out: Reported[] = [];
  rule.check({
    doc,
    options: resolveRuleOptions(rule, opts.options ?? {}, opts.config),
    messages: messagesIn(rule, doc.lang),
    now: opts.now ?? NOW,
    config: opts.config,
    report: (f) => out.push(f),
  });
  return out;
}

/** Apply non-overlapping edits (last first) — enough for one fix. */
export function applyFix(text: string, fix: Fix): string {
  const lines = text.split('\n');
  const offset = (p: Range['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...fix.edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

export function incidentText(fm: Record<string, string | undefined>, body: string): string {
  const base: Record<string, string | undefined> = {
    kind: 'incident', id: 'INC-1', title: 'Card payments failing', severity: 'sev2', status: 'resolved', lang: 'en',
    timezone: 'UTC', started: '2026-11-22T14:02:00Z', detected: '2026-11-22T14:05:00Z', resolved: '2026-11-22T15:10:00Z',
    lead: 'Jane Doe <jane.doe@example.com>',
  };
  const all = { ...base, ...fm };
  const front = Object.entries(all).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${front}\n---\n\n${body}\n`;
}
