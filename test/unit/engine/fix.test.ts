import * as assert from 'assert';
import { applyEdits, fixAllWith, selectFixes } from '../../../src/core/engine/fix';
import type { Finding, LintOptions, LintResult, TextEdit } from '../../../src/core/types';
import { NOW, makeDoc, range } from './helpers';

const edit = (line: number, character: number, endLine: number, endCharacter: number, newText: string): TextEdit => ({
  range: { start: { line, character }, end: { line: endLine, character: endCharacter } },
  newText,
});

describe('engine: applyEdits', () => {
  it('applies several edits given in any order', () => {
    const text = 'hello world\nsecond line\nthird';
    assert.strictEqual(applyEdits(text, [edit(2, 0, 2, 5, 'THIRD'), edit(0, 6, 0, 11, 'there'), edit(1, 0, 1, 0, '> ')]), 'hello there\n> second line\nTHIRD');
  });
  it('keeps insertions at the same point in the given order', () => {
    assert.strictEqual(applyEdits('ab', [edit(0, 1, 0, 1, 'X'), edit(0, 1, 0, 1, 'Y')]), 'aXYb');
  });
  it('skips an edit that overlaps an earlier one instead of corrupting the text', () => {
    assert.strictEqual(applyEdits('abcdef', [edit(0, 1, 0, 4, '1'), edit(0, 2, 0, 5, '2')]), 'a1ef');
  });
  it('clamps edits past the end and handles CRLF line ends', () => {
    assert.strictEqual(applyEdits('a\r\nb', [edit(0, 99, 0, 99, '!'), edit(9, 0, 9, 0, '\r\nc')]), 'a!\r\nb\r\nc');
  });
  it('handles UTF-16 columns (emoji, CJK)', () => {
    assert.strictEqual(applyEdits('😀 中文', [edit(0, 3, 0, 5, '汉字')]), '😀 汉字');
  });
  it('returns the text unchanged for no edits', () => {
    assert.strictEqual(applyEdits('x', []), 'x');
  });
});

function finding(ruleId: string, edits: TextEdit[]): Finding {
  return { ruleId, ruleName: ruleId, severity: 'warning', message: ruleId, range: range(0), docsUrl: '', fix: { title: ruleId, edits } };
}

describe('engine: fix all', () => {
  it('selects whole fixes that do not conflict', () => {
    const text = 'abcdef\nxyz';
    const { findings } = selectFixes(text, [
      finding('A', [edit(0, 0, 0, 2, 'AB')]),
      finding('B', [edit(0, 1, 0, 3, '--')]),
      finding('C', [edit(1, 0, 1, 1, 'X'), edit(0, 5, 0, 6, 'F')]),
      finding('D', [edit(0, 2, 0, 2, '+')]),
    ]);
    assert.deepStrictEqual(findings.map((f) => f.ruleId), ['A', 'C']);
  });

  it('repeats until no fix is left, and stops at the pass limit', () => {
    // A fake linter: every "x" is a finding whose fix turns it into "y", one at a time via conflicting insertions.
    const fakeLint = (text: string, _o: LintOptions): LintResult => {
      const doc = makeDoc(text);
      const i = text.indexOf('x');
      const findings: Finding[] = i < 0 ? [] : [finding('PMX', [edit(0, i, 0, i + 1, 'y')]), finding('PMX', [edit(0, i, 0, i + 1, 'z')])];
      return { document: doc, findings };
    };
    const r = fixAllWith(fakeLint, 'axbxcx', { now: NOW });
    assert.strictEqual(r.text, 'aybycy');
    assert.strictEqual(r.passes, 3);
    assert.strictEqual(r.applied.length, 3);
    assert.deepStrictEqual(r.result.findings, []);
    const limited = fixAllWith(fakeLint, 'xxxxxxxx', { now: NOW, maxPasses: 2 });
    assert.strictEqual(limited.passes, 2);
    assert.ok(limited.result.findings.length > 0);
  });

  it('applies only the filtered fixes', () => {
    const fakeLint = (text: string): LintResult => ({
      document: makeDoc(text),
      findings: text.startsWith('!') ? [] : [finding('A', [edit(0, 0, 0, 0, '!')]), finding('B', [edit(0, 1, 0, 1, '?')])],
    });
    const r = fixAllWith(fakeLint, 'ab', { now: NOW, filter: (f) => f.ruleId === 'A' });
    assert.strictEqual(r.text, '!ab');
  });
});
