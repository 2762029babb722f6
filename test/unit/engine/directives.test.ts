import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { lint, lintDocument } from '../../../src/core/engine/lint';
import { fixAll } from '../../../src/core/engine/index';
import type { Directive } from '../../../src/core/types';
import { NOW, lineRule, lines, makeDoc } from './helpers';

const TEXT = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
const alpha = lineRule('PM901', 'alpha', [1, 5, 9, 15]);
const beta = lineRule('PM902', 'beta', [1, 5, 9, 15]);
const run = (directives: Directive[]) => lines(lintDocument(makeDoc(TEXT, { directives }), { now: NOW, rules: [alpha, beta] }).findings);

describe('engine: inline directives', () => {
  it('disable/enable a rule by name between two lines', () => {
    assert.deepStrictEqual(run([{ kind: 'disable', rules: ['alpha'], line: 4 }, { kind: 'enable', rules: ['alpha'], line: 10 }]), [
      '1:0 PM901', '1:0 PM902', '5:0 PM902', '9:0 PM902', '15:0 PM901', '15:0 PM902',
    ]);
  });
  it('disable with no rule silences every rule until the end', () => {
    assert.deepStrictEqual(run([{ kind: 'disable', rules: [], line: 7 }]), ['1:0 PM901', '1:0 PM902', '5:0 PM901', '5:0 PM902']);
  });
  it('enable of one rule inside a disable-all', () => {
    assert.deepStrictEqual(run([{ kind: 'disable', rules: [], line: 0 }, { kind: 'enable', rules: ['PM902'], line: 8 }]), ['9:0 PM902', '15:0 PM902']);
  });
  it('disable-next-line by id, case-insensitive', () => {
    assert.deepStrictEqual(run([{ kind: 'disable-next-line', rules: ['pm901'], line: 4 }]), [
      '1:0 PM901', '1:0 PM902', '5:0 PM902', '9:0 PM901', '9:0 PM902', '15:0 PM901', '15:0 PM902',
    ]);
  });
  it('disable-next-line without rules silences only the next line', () => {
    assert.deepStrictEqual(run([{ kind: 'disable-next-line', rules: [], line: 8 }]), [
      '1:0 PM901', '1:0 PM902', '5:0 PM901', '5:0 PM902', '15:0 PM901', '15:0 PM902',
    ]);
  });
  it('disable-file anywhere silences the rule (or all rules) everywhere', () => {
    assert.deepStrictEqual(run([{ kind: 'disable-file', rules: ['beta'], line: 19 }]), ['1:0 PM901', '5:0 PM901', '9:0 PM901', '15:0 PM901']);
    assert.deepStrictEqual(run([{ kind: 'disable-file', rules: [], line: 3 }]), []);
  });
  it('unknown rule names in directives silence nothing and are reported', () => {
    const got = run([{ kind: 'disable', rules: ['nope'], line: 0 }]);
    assert.strictEqual(got.filter((f) => !f.endsWith('PM000')).length, 8);
    assert.deepStrictEqual(got.filter((f) => f.endsWith('PM000')), ['0:0 PM000']);
  });

  it('the model finds directives in text, with several rules by id or name', () => {
    const text = 'a\n<!-- postmortem-disable tone PM007 -->\nb <!-- postmortem-disable-next-line -->\n<!--postmortem-enable-->\n<!-- postmortem-disable-file vendor-blame, tone -->';
    assert.deepStrictEqual(parseDocument(text).directives, [
      { kind: 'disable', rules: ['tone', 'PM007'], line: 1 },
      { kind: 'disable-next-line', rules: [], line: 2 },
      { kind: 'enable', rules: [], line: 3 },
      { kind: 'disable-file', rules: ['vendor-blame', 'tone'], line: 4 },
    ]);
    // Inside code a directive is text; a lone \r breaks lines as everywhere in the model.
    assert.deepStrictEqual(parseDocument('```\n<!-- postmortem-disable -->\n```\n').directives, []);
    assert.deepStrictEqual(parseDocument('a\r<!-- postmortem-disable -- tone -->').directives, [{ kind: 'disable', rules: ['tone'], line: 1 }]);
  });
});

describe('engine: unknown rules in inline directives', () => {
  it('warns at a misspelt rule name with a suggestion, and keeps known names quiet', () => {
    const text = [
      '---', 'kind: incident', 'id: INC-1', 'title: T', 'severity: sev2', 'status: investigating', 'started: 2026-11-22T14:00:00Z', '---',
      '# T', '<!-- postmortem-disable-next-line tnoe, PM007 -->', 'text', '<!-- postmortem-disable-file nosuchrule -->',
    ].join('\n');
    const got = lint(text, { now: NOW }).findings.filter((f) => f.ruleId === 'PM000');
    assert.deepStrictEqual(
      got.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.severity} ${f.message}`),
      [
        '9:34-38 warning Unknown rule "tnoe". Did you mean "tone"?',
        '11:29-39 warning Unknown rule "nosuchrule". Use a rule name or id from the docs.',
      ],
    );
    // the typo has a fix that writes the rule it resembles; a name like nothing known has none
    assert.deepStrictEqual(got[0].fix, { title: 'Replace with "tone"', edits: [{ range: got[0].range, newText: 'tone' }] });
    assert.strictEqual(got[1].fix, undefined);
    assert.ok(fixAll(text, { now: NOW }).text.includes('tnoe'), 'fix-all leaves the guess to the writer');
  });
});
