// Test helpers for the engine: synthetic rules and documents that do not depend on the parser.
import { emptyDocument } from '../../../src/core/model/parse';
import type { Finding, PostmortemDocument, Range, Rule, RuleContext } from '../../../src/core/types';

export const NOW = Date.parse('2026-11-23T12:00:00Z');

export function range(line: number, character = 0, endLine = line, endCharacter = character + 1): Range {
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

export function makeDoc(text: string, over: Partial<PostmortemDocument> = {}): PostmortemDocument {
  const doc = emptyDocument(text);
  return Object.assign(doc, { kind: 'incident', meta: { audience: 'customers' } }, over);
}

/** A rule that reports one finding per entry of `at` (zero-based line numbers). */
export function lineRule(id: string, name: string, at: number[], over: Partial<Rule> = {}): Rule {
  return {
    id,
    name,
    description: `test rule ${name}`,
    tags: ['test'],
    defaultSeverity: 'warning',
    appliesTo: ['incident', 'rcca'],
    customerOnly: false,
    check(ctx: RuleContext) {
      for (const line of at) ctx.report({ message: `${name} at ${line}`, range: range(line) });
    },
    ...over,
  };
}

export function lines(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.ruleId}`);
}
