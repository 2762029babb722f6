import * as assert from 'assert';
import { lintDocument } from '../../../src/core/engine/lint';
import { findingSeverity, ruleSettings } from '../../../src/core/engine/severity';
import type { Config, Rule } from '../../../src/core/types';
import { NOW, lineRule, makeDoc, range } from './helpers';

const rule = lineRule('PM901', 'alpha', [1]);
const run = (config: Config | undefined, rules: Rule[] = [rule]) =>
  lintDocument(makeDoc('a\nb\nc'), { now: NOW, rules, config }).findings;

describe('engine: severity configuration', () => {
  it('uses the default severity without config', () => {
    assert.strictEqual(run(undefined)[0].severity, 'warning');
  });
  it('accepts the rule name or id, case-insensitively', () => {
    assert.strictEqual(run({ rules: { alpha: 'error' } })[0].severity, 'error');
    assert.strictEqual(run({ rules: { PM901: 'information' } })[0].severity, 'information');
    assert.strictEqual(run({ rules: { pm901: 'error' } })[0].severity, 'error');
    assert.strictEqual(run({ rules: { Alpha: 'error' } })[0].severity, 'error');
  });
  it('turns a rule off by name, id or options object', () => {
    assert.deepStrictEqual(run({ rules: { alpha: 'off' } }), []);
    assert.deepStrictEqual(run({ rules: { PM901: 'off' } }), []);
    assert.deepStrictEqual(run({ rules: { alpha: { severity: 'off' } } }), []);
  });
  it('reads severity from an options object and keeps the other options', () => {
    const s = ruleSettings(rule, { rules: { alpha: { severity: 'error', words: ['x'] } } });
    assert.deepStrictEqual(s, { severity: 'error', configured: true, options: { severity: 'error', words: ['x'] } });
    assert.strictEqual(run({ rules: { alpha: { severity: 'error' } } })[0].severity, 'error');
  });
  it('ignores invalid severities (validation reports them) and keeps the default', () => {
    assert.strictEqual(run({ rules: { alpha: 'loud' as never } })[0].severity, 'warning');
    assert.strictEqual(run({ rules: { alpha: { severity: 'fatal' as never } } })[0].severity, 'warning');
  });
  it('merges id and name entries in key order', () => {
    assert.deepStrictEqual(ruleSettings(rule, { rules: { PM901: { severity: 'error', n: 1 }, alpha: { n: 2 } } }).options, {
      severity: 'error',
      n: 2,
    });
  });
  it('keeps a rule\'s graded severities unless configured; a configured severity caps them', () => {
    const graded: Rule = {
      ...lineRule('PM902', 'graded', []),
      defaultSeverity: 'error',
      check(ctx) {
        ctx.report({ message: 'note', range: range(0), severity: 'information' });
        ctx.report({ message: 'overdue', range: range(1) });
      },
    };
    const sev = (config?: Config) => run(config, [graded]).map((f) => `${f.message}:${f.severity}`);
    assert.deepStrictEqual(sev(), ['note:information', 'overdue:error']);
    assert.deepStrictEqual(sev({ rules: { graded: 'warning' } }), ['note:information', 'overdue:warning']);
    assert.deepStrictEqual(sev({ rules: { graded: 'error' } }), ['note:information', 'overdue:error']);
    assert.strictEqual(findingSeverity({ severity: 'information', configured: true, options: {} }, 'error'), 'information');
  });
});
