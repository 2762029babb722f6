import * as assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';
import { lint, lintDocument } from '../../../src/core/engine/lint';
import { Suppressions } from '../../../src/core/engine/directives';
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

describe('engine: directives are looked up in about log(pairs) steps (issue 11, adversarial review)', () => {
  /** Callbacks of array walks plus the halving steps Suppressions counts: the work of `fn`, not its time. */
  const ARRAY_WALKS = ['some', 'every', 'find', 'findIndex', 'filter', 'forEach'] as const;
  function countWork(fn: () => number): number {
    const saved = ARRAY_WALKS.map((m) => [m, Array.prototype[m]] as const);
    let calls = 0;
    for (const [m, original] of saved) {
      (Array.prototype as unknown as Record<string, unknown>)[m] = function (this: unknown[], cb: (...a: unknown[]) => unknown, thisArg?: unknown) {
        return (original as (...a: unknown[]) => unknown).call(this, (...a: unknown[]) => (calls++, cb.apply(thisArg, a)));
      };
    }
    try {
      const steps = fn();
      return calls + steps;
    } finally {
      for (const [m, original] of saved) (Array.prototype as unknown as Record<string, unknown>)[m] = original;
    }
  }
  /** `pairs` disable/enable pairs for alpha (lines 4i..4i+2), then one lookup per line of the document. */
  function lookups(pairs: number): { work: number; silenced: number[] } {
    const directives: Directive[] = [];
    for (let i = 0; i < pairs; i++) {
      directives.push({ kind: 'disable', rules: ['alpha'], line: 4 * i }, { kind: 'enable', rules: ['alpha'], line: 4 * i + 2 });
    }
    directives.push({ kind: 'disable-next-line', rules: ['PM901'], line: 4 * pairs + 1 });
    const silenced: number[] = [];
    const work = countWork(() => {
      const s = new Suppressions(directives);
      const isSilenced = s.forRule(alpha);
      for (let line = 0; line < 4 * pairs + 4; line++) if (isSilenced(line)) silenced.push(line);
      return (s as { work?: { steps: number } }).work?.steps ?? 0;
    });
    return { work, silenced };
  }

  it('answers as the directives say, in at most log2(pairs) + 2 steps per line', () => {
    for (const pairs of [1, 2, 3, 1000, 4000]) {
      const { work, silenced } = lookups(pairs);
      const expected: number[] = [];
      for (let i = 0; i < pairs; i++) expected.push(4 * i, 4 * i + 1);
      expected.push(4 * pairs + 2);
      assert.deepStrictEqual(silenced, expected, `${pairs} pairs`);
      const lines = 4 * pairs + 4;
      // The directives themselves are walked once per rule; each line then costs about log2(pairs) steps.
      const bound = 4 * (2 * pairs + 1) + lines * (Math.log2(pairs) + 2);
      assert.ok(work <= bound, `${pairs} pairs, ${lines} lines: ${work} steps (bound ${Math.round(bound)})`);
    }
  });
});
