import * as assert from 'assert';
import { parseConfig } from '../../../src/core/config/parse';
import { mergeConfig, normalizeRuleKeys } from '../../../src/core/config/merge';
import type { Finding } from '../../../src/core/types';

const at = (f: Finding) => `${f.range.start.line}:${f.range.start.character} ${f.severity}`;

describe('config: parse and validate .postmortem.yaml', () => {
  it('reads the documented shape', () => {
    const text = [
      'rules:',
      '  tone: warning',
      '  vendor-blame: { severity: error, vendors: [Acme CDN] }',
      '  publish-deadline: { hours: 48 }',
      '  update-cadence: { minutes: { sev1: 10, sev2: 30, sev3: 60, sev4: 240 } }',
      'timezone: Europe/Berlin',
      'language: de',
      'templates: .postmortem/templates',
    ].join('\n');
    const r = parseConfig(text);
    assert.deepStrictEqual(r.problems.map((p) => p.message), []);
    assert.strictEqual(r.config.rules.tone, 'warning');
    assert.deepStrictEqual(r.config.rules['vendor-blame'], { severity: 'error', vendors: ['Acme CDN'] });
    assert.deepStrictEqual(r.config.rules['publish-deadline'], { hours: 48 });
    assert.deepStrictEqual(r.config.rules['update-cadence'], { minutes: { sev1: 10, sev2: 30, sev3: 60, sev4: 240 } });
    assert.strictEqual(r.config.timezone, 'Europe/Berlin');
    assert.strictEqual(r.config.language, 'de');
    assert.strictEqual(r.config.templates, '.postmortem/templates');
  });

  it('accepts rule ids and keys them by name', () => {
    const r = parseConfig('rules:\n  PM002: off\n  pm003: { hours: 24 }\n');
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.config.rules, { impact: 'off', 'publish-deadline': { hours: 24 } });
  });

  it('reports invalid YAML at its line and column, and yields the defaults', () => {
    const r = parseConfig('rules:\n  impact: off\n  apology: [warning\ntimezone: UTC\n');
    assert.ok(r.problems.length >= 1);
    assert.strictEqual(r.problems[0].severity, 'error');
    assert.match(r.problems[0].message, /not valid YAML/);
    assert.ok(r.problems[0].range.start.line >= 2, at(r.problems[0]));
    assert.deepStrictEqual(r.config, { rules: {} });
  });

  it('reports a duplicate key at the duplicate', () => {
    const r = parseConfig('timezone: UTC\nlanguage: en\ntimezone: Europe/Paris\n');
    assert.deepStrictEqual(r.problems.map(at), ['2:0 error']);
  });

  it('validates severities, option types, unknown rules, options and keys, pointing at each', () => {
    const text = [
      'rules:',                                  // 0
      '  impact: loud',                          // 1 bad severity
      '  impakt: warning',                       // 2 unknown rule (did you mean impact?)
      '  publish-deadline: { hours: -3 }',       // 3 bad option type
      '  update-cadence: { minutes: { sev9: 5 } }', // 4 bad table
      '  apology: { severity: fatal }',          // 5 bad severity in object
      '  timestamps: { tolerance: 5 }',          // 6 unknown option of a rule with known options
      '  root-cause: [error]',                   // 7 neither severity nor mapping
      'timezone: Mars/Olympus',                  // 8
      'language: klingon',                       // 9
      'colour: blue',                            // 10 unknown key
      'extends: 42',                             // 11
    ].join('\n');
    const r = parseConfig(text);
    const got = r.problems.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.severity} ${p.message}`);
    const expectLines = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    assert.deepStrictEqual(r.problems.map((p) => p.range.start.line), expectLines, got.join('\n'));
    assert.match(got[0], /^1:10 error Invalid severity "loud"/);
    assert.match(got[1], /^2:2 warning Unknown rule "impakt". Did you mean "impact"\?/);
    assert.match(got[2], /hours.*positive number/);
    assert.match(got[3], /minutes.*sev1\.\.sev4/);
    assert.match(got[5], /has no option "tolerance".*toleranceMinutes/);
    assert.match(got[7], /Mars\/Olympus/);
    assert.ok(r.problems.every((p) => p.ruleId === 'PM000' && p.ruleName === 'config' && p.docsUrl.length > 0));
    // Invalid entries are dropped: the defaults apply for them.
    assert.deepStrictEqual(r.config, { rules: {} });
  });

  it('accepts graceMinutes of 0 or more on the cadence rules and rejects a negative one', () => {
    const ok = parseConfig('rules:\n  update-cadence: { graceMinutes: 0 }\n  first-update: { graceMinutes: 2.5 }\n');
    assert.deepStrictEqual(ok.problems, []);
    assert.deepStrictEqual(ok.config.rules, { 'update-cadence': { graceMinutes: 0 }, 'first-update': { graceMinutes: 2.5 } });
    const bad = parseConfig('rules:\n  update-cadence: { graceMinutes: -1 }\n');
    assert.deepStrictEqual(bad.problems.map(at), ['1:34 error']);
    assert.match(bad.problems[0].message, /graceMinutes.*zero or a positive number/);
  });

  it('localises problems into the UI language', () => {
    for (const [lang, word] of [['fr', 'Gravité'], ['de', 'Schweregrad'], ['zh-Hans', '严重级别'], ['zh-Hant', '嚴重程度']] as const) {
      const r = parseConfig('rules:\n  impact: loud\n', { lang });
      assert.ok(r.problems[0].message.includes(word), r.problems[0].message);
    }
  });

  it('accepts an empty file and a comment-only file', () => {
    assert.deepStrictEqual(parseConfig('').problems, []);
    assert.deepStrictEqual(parseConfig('# nothing yet\n').problems, []);
  });

  it('rejects a top-level list and never throws on junk', () => {
    assert.strictEqual(parseConfig('- a\n- b\n').problems.length, 1);
    for (const junk of ['\u0000\u0001', '{{{{', ': : :', 'rules: !!binary AAAA', '&a [*a]', 'rules:\n  ? [a]\n  : b']) {
      assert.doesNotThrow(() => parseConfig(junk));
    }
  });

  it('reads values given through YAML aliases as the values they name', () => {
    const r = parseConfig('rules:\n  impact: &sev warning\n  vendor-blame: { vendors: &v [Acme, Globex] }\n  apology: *sev\n' +
      '  PM007: { vendors: *v }\nextends: &base [a.yaml]\n');
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.config.rules, { impact: 'warning', 'vendor-blame': { vendors: ['Acme', 'Globex'] }, apology: 'warning' });
    assert.deepStrictEqual(r.extends.map((e) => e.path), ['a.yaml']);
    const listed = parseConfig('rules:\n  vendor-blame:\n    vendors: &v [Acme]\n  impact: off\n  PM007: { vendors: *v }\n');
    assert.deepStrictEqual(listed.problems, []);
  });

  it('a value that is not a text is reported as such (language: [en])', () => {
    const r = parseConfig('language: [en]\n');
    assert.deepStrictEqual(r.problems.map((p) => p.message), ['"language" must be a text value.']);
    assert.match(parseConfig('language: xx\n').problems[0].message, /Unknown language "xx"/);
  });

  it('a value expanded by too many aliases is a problem, not a hang or a crash', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    lines.push('rules:\n  vendor-blame: { vendors: *h }');
    const r = parseConfig(lines.join('\n'));
    assert.ok(r.problems.some((p) => p.severity === 'error' && /alias/i.test(p.message)), r.problems.map((p) => p.message).join('\n'));
  });

  it('reads extends as a path or a list', () => {
    assert.deepStrictEqual(parseConfig('extends: ../base.yaml').extends.map((e) => e.path), ['../base.yaml']);
    assert.deepStrictEqual(parseConfig('extends: [a.yaml, b/c.yaml]').extends.map((e) => e.path), ['a.yaml', 'b/c.yaml']);
  });
});

describe('config: merge', () => {
  it('later wins; a bare severity keeps earlier options; nested tables merge', () => {
    const merged = mergeConfig(
      { rules: { 'publish-deadline': { hours: 48 }, 'update-cadence': { minutes: { sev1: 10, sev2: 20 } }, impact: 'off' }, timezone: 'UTC' },
      { rules: { PM003: 'warning', 'update-cadence': { minutes: { sev2: 25 } }, impact: { severity: 'error' } }, language: 'fr' },
    );
    assert.deepStrictEqual(merged, {
      rules: {
        'publish-deadline': { hours: 48, severity: 'warning' },
        'update-cadence': { minutes: { sev1: 10, sev2: 25 } },
        impact: { severity: 'error' },
      },
      timezone: 'UTC',
      language: 'fr',
    });
  });
  it('normalises ids to names and keeps unknown keys', () => {
    assert.deepStrictEqual(normalizeRuleKeys({ rules: { PM002: 'off', mystery: 'error' } }).rules, { impact: 'off', mystery: 'error' });
  });
});
