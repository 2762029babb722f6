// The options a rule runs with: declared by the rule, validated and defaulted by the engine, typed in the rule.
import * as assert from 'assert';
import { RULE_OPTIONS, resolveRuleOptions } from '../../../src/core/config/options';
import { allRules, findRule } from '../../../src/core/rules/index';
import { messagesIn } from '../../../src/core/rules/define';
import { LANGS, type Rule } from '../../../src/core/types';

const rule = (name: string): Rule => findRule(name)!;
const CADENCE = { sev1: 15, sev2: 30, sev3: 60, sev4: 240 };

describe('rule options', () => {
  it('the validator\'s option table is read from the rules', () => {
    // Derived from the rule list, so a rule added with an option needs no line here.
    const declared = Object.fromEntries(allRules.filter((r) => r.options)
      .map((r) => [r.name, Object.fromEntries(Object.entries(r.options!).map(([name, spec]) => [name, spec.type]))]));
    assert.deepStrictEqual(RULE_OPTIONS, declared);
    assert.deepStrictEqual(RULE_OPTIONS['publish-deadline'], { hours: 'positive-number' });
    assert.deepStrictEqual(RULE_OPTIONS['update-cadence'], { minutes: 'severity-minutes', graceMinutes: 'non-negative-number' });
    assert.strictEqual(RULE_OPTIONS.tone, undefined, 'a rule without options has no entry');
  });

  it('resolution-notice reportFrom: sev2 by default, one of sev1..sev4 when configured', () => {
    const r = rule('resolution-notice');
    assert.deepStrictEqual(resolveRuleOptions(r, {}, undefined), { reportFrom: 'sev2' });
    assert.deepStrictEqual(resolveRuleOptions(r, { reportFrom: 'sev4' }, undefined), { reportFrom: 'sev4' });
    assert.deepStrictEqual(resolveRuleOptions(r, { reportFrom: 'major' }, undefined), { reportFrom: 'sev2' });
  });

  it('gives every declared option its default when nothing is configured', () => {
    assert.deepStrictEqual(resolveRuleOptions(rule('publish-deadline'), {}, undefined), { hours: 72 });
    assert.deepStrictEqual(resolveRuleOptions(rule('timestamps'), {}, undefined), { updateOrder: 'either', toleranceMinutes: 60 });
    assert.deepStrictEqual(resolveRuleOptions(rule('vendor-blame'), {}, undefined), { vendors: [] });
    assert.deepStrictEqual(resolveRuleOptions(rule('update-cadence'), {}, undefined), { minutes: CADENCE, graceMinutes: undefined });
  });

  it('keeps valid values, replaces invalid ones by the default, and drops keys the rule does not declare', () => {
    assert.deepStrictEqual(resolveRuleOptions(rule('publish-deadline'), { hours: 24, severity: 'error', extra: 1 }, undefined), { hours: 24 });
    assert.deepStrictEqual(resolveRuleOptions(rule('publish-deadline'), { hours: -1 }, undefined), { hours: 72 });
    assert.deepStrictEqual(resolveRuleOptions(rule('publish-deadline'), { hours: '24' }, undefined), { hours: 72 });
    assert.deepStrictEqual(resolveRuleOptions(rule('vendor-blame'), { vendors: ['Acme', 3, ' ', 'Initech'] }, undefined), { vendors: ['Acme', 'Initech'] });
  });

  it('a partial cadence table overrides only the severities it names, with valid minutes', () => {
    const { minutes } = resolveRuleOptions(rule('update-cadence'), { minutes: { sev1: 10, sev2: -5, sev9: 1 } }, undefined);
    assert.deepStrictEqual(minutes, { ...CADENCE, sev1: 10 });
  });

  it('first-update and next-update take update-cadence\'s values unless they set their own', () => {
    const config = { rules: { 'update-cadence': { minutes: { sev1: 10 }, graceMinutes: 0 } } };
    assert.deepStrictEqual(resolveRuleOptions(rule('first-update'), {}, config), { minutes: { ...CADENCE, sev1: 10 }, graceMinutes: 0 });
    assert.deepStrictEqual(resolveRuleOptions(rule('next-update'), {}, config), { minutes: { ...CADENCE, sev1: 10 }, promiseWithoutTime: false });
    assert.deepStrictEqual(
      resolveRuleOptions(rule('first-update'), { minutes: { sev2: 20 }, graceMinutes: 1 }, config),
      { minutes: { ...CADENCE, sev2: 20 }, graceMinutes: 1 },
    );
    // By id as well as by name.
    const byId = { rules: { PM005: { minutes: { sev4: 100 } } } };
    assert.deepStrictEqual(resolveRuleOptions(rule('next-update'), {}, byId), { minutes: { ...CADENCE, sev4: 100 }, promiseWithoutTime: false });
  });

  it('hands a rule without declared options what is configured', () => {
    assert.deepStrictEqual(resolveRuleOptions(rule('tone'), { severity: 'error', anything: 1 }, undefined), { severity: 'error', anything: 1 });
  });

  it('every rule has messages in every language; a missing language falls back to English', () => {
    for (const r of allRules) {
      for (const lang of LANGS) assert.ok(r.messages?.[lang] !== undefined, `${r.name}: no messages in ${lang}`);
    }
    const partial = { messages: { en: 'hello' } as Record<(typeof LANGS)[number], string> };
    assert.strictEqual(messagesIn(partial, 'de'), 'hello');
  });
});
