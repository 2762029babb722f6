import * as assert from 'assert';
import { lintDocument } from '../../../src/core/engine/lint';
import type { Rule, RuleContext } from '../../../src/core/types';
import { NOW, lineRule, lines, makeDoc, range } from './helpers';

const TEXT = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');

describe('engine: lintDocument', () => {
  it('fills rule id, name, docs url and the default severity', () => {
    const r = lineRule('PM901', 'alpha', [2]);
    const { findings } = lintDocument(makeDoc(TEXT), { now: NOW, rules: [r] });
    assert.strictEqual(findings.length, 1);
    assert.deepStrictEqual(
      { id: findings[0].ruleId, name: findings[0].ruleName, sev: findings[0].severity },
      { id: 'PM901', name: 'alpha', sev: 'warning' },
    );
    assert.strictEqual(findings[0].docsUrl, 'https://github.com/postmortem-author/postmortem-author/blob/main/docs/rules/alpha.md');
  });

  it('sorts by position, then rule id, stable for equal keys', () => {
    const b = lineRule('PM902', 'beta', [5, 1]);
    const a = lineRule('PM901', 'alpha', [5, 3]);
    const c: Rule = {
      ...lineRule('PM900', 'gamma', []),
      check(ctx) {
        ctx.report({ message: 'first', range: range(5, 0) });
        ctx.report({ message: 'second', range: range(5, 0) });
        ctx.report({ message: 'later on the line', range: range(1, 4) });
      },
    };
    const { findings } = lintDocument(makeDoc(TEXT), { now: NOW, rules: [b, a, c] });
    assert.deepStrictEqual(lines(findings), ['1:0 PM902', '1:4 PM900', '3:0 PM901', '5:0 PM900', '5:0 PM900', '5:0 PM901', '5:0 PM902']);
    assert.deepStrictEqual(findings.filter((f) => f.ruleId === 'PM900' && f.range.start.line === 5).map((f) => f.message), ['first', 'second']);
  });

  it('isolates a rule that throws: no findings from it, others still run, the error is exposed', () => {
    const bad: Rule = {
      ...lineRule('PM903', 'broken', []),
      check(ctx: RuleContext) {
        ctx.report({ message: 'partial', range: range(0) });
        throw new TypeError('boom');
      },
    };
    const good = lineRule('PM904', 'fine', [4]);
    const result = lintDocument(makeDoc(TEXT), { now: NOW, rules: [bad, good] });
    assert.deepStrictEqual(lines(result.findings), ['4:0 PM904']);
    assert.strictEqual(result.errors?.length, 1);
    assert.strictEqual(result.errors?.[0].ruleId, 'PM903');
    assert.strictEqual(result.errors?.[0].ruleName, 'broken');
    assert.match(result.errors?.[0].message ?? '', /boom/);
  });

  it('has no errors field when nothing threw', () => {
    const result = lintDocument(makeDoc(TEXT), { now: NOW, rules: [lineRule('PM901', 'alpha', [1])] });
    assert.strictEqual(result.errors, undefined);
  });

  it('skips customer-only rules on internal documents', () => {
    const customer = lineRule('PM905', 'customer', [1], { customerOnly: true });
    const always = lineRule('PM906', 'always', [2]);
    const internal = makeDoc(TEXT, { meta: { audience: 'internal' } });
    assert.deepStrictEqual(lines(lintDocument(internal, { now: NOW, rules: [customer, always] }).findings), ['2:0 PM906']);
    const customers = makeDoc(TEXT, { meta: { audience: 'customers' } });
    assert.deepStrictEqual(lines(lintDocument(customers, { now: NOW, rules: [customer, always] }).findings), ['1:0 PM905', '2:0 PM906']);
  });

  it('runs a rule only on the kinds it applies to', () => {
    const rccaOnly = lineRule('PM907', 'rcca-only', [1], { appliesTo: ['rcca'] });
    assert.deepStrictEqual(lintDocument(makeDoc(TEXT, { kind: 'incident' }), { now: NOW, rules: [rccaOnly] }).findings, []);
    assert.strictEqual(lintDocument(makeDoc(TEXT, { kind: 'rcca' }), { now: NOW, rules: [rccaOnly] }).findings.length, 1);
  });

  it('stays silent on documents without kind, except rules that check untyped documents', () => {
    const normal = lineRule('PM908', 'normal', [1]);
    const untyped = lineRule('PM909', 'untyped', [2], { checksUntyped: true });
    const doc = makeDoc(TEXT, { kind: undefined });
    assert.deepStrictEqual(lines(lintDocument(doc, { now: NOW, rules: [normal, untyped] }).findings), ['2:0 PM909']);
  });

  it('passes the injected clock, the rule options and the effective config to rules', () => {
    let seen: { now: number; options: unknown; config: unknown } | undefined;
    const r: Rule = { ...lineRule('PM910', 'probe', []), check: (ctx) => { seen = { now: ctx.now, options: ctx.options, config: ctx.config }; } };
    lintDocument(makeDoc(TEXT), { now: NOW, rules: [r], config: { rules: { PM910: { limit: 3 } } } });
    assert.strictEqual(seen?.now, NOW);
    assert.deepStrictEqual(seen?.options, { limit: 3, severity: 'warning' });
    // Keys are normalised to rule names, so a rule can read a sibling's options by name.
    assert.deepStrictEqual((seen?.config as { rules: unknown }).rules, { probe: { limit: 3 } });
  });

  it('clamps finding and fix ranges inside the document', () => {
    const r: Rule = {
      ...lineRule('PM911', 'wild', []),
      check(ctx) {
        ctx.report({
          message: 'past the end',
          range: { start: { line: 50, character: 3 }, end: { line: 99, character: 99 } },
          fix: { title: 'x', edits: [{ range: { start: { line: -3, character: -1 }, end: { line: 1, character: 500 } }, newText: 'y' }] },
        });
        ctx.report({ message: 'NaN', range: { start: { line: NaN, character: Infinity }, end: { line: 2, character: NaN } } });
        ctx.report({ message: 'reversed', range: { start: { line: 3, character: 4 }, end: { line: 1, character: 0 } } });
      },
    };
    const doc = makeDoc('ab\ncd\r\nef\nlast line');
    const { findings } = lintDocument(doc, { now: NOW, rules: [r] });
    const byMsg = Object.fromEntries(findings.map((f) => [f.message, f]));
    assert.deepStrictEqual(byMsg['past the end'].range, { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } });
    assert.deepStrictEqual(byMsg['past the end'].fix?.edits[0].range, { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } });
    assert.deepStrictEqual(byMsg.NaN.range, { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } });
    assert.deepStrictEqual(byMsg.reversed.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } });
  });
});
