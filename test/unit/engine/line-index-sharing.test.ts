// The engine uses the model's line table (one line index; no second scan of the text) and keeps every finding of a busy rule.
import assert from 'assert';
import { lint, lintDocument } from '../../../src/core/engine/lint';
import { LineIndex } from '../../../src/core/model/lines';
import { applyEdits } from '../../../src/core/engine/fix';
import { documentLines, parseDocument } from '../../../src/core/model/parse';
import { NOW, lineRule, makeDoc } from './helpers';

describe('engine: line index and many findings', () => {
  it('uses the line table the model was parsed with', () => {
    for (const text of ['a\nbb\n\nccc', 'a\r\nbb\r\n', 'x', 'a\rb\nc']) {
      const doc = parseDocument(text);
      assert.strictEqual(documentLines(doc), documentLines(doc));
      assert.deepStrictEqual(documentLines(doc).starts, new LineIndex(text).starts);
    }
    assert.deepStrictEqual(new LineIndex('a\rb\nc').starts, [0, 2, 4]);
  });

  it('puts the findings of a lone-\\r document on the lines the editor shows (they were all clamped to line 0)', () => {
    const text = '---\rkind: incident\r---\r# T\r\rWe are sorry.\r';
    const r = lint(text, { now: NOW });
    assert.ok(r.findings.length > 0);
    assert.ok(r.findings.some((f) => f.range.start.line > 0), JSON.stringify(r.findings.map((f) => f.range)));
    const lines = new LineIndex(text);
    for (const f of r.findings) assert.deepStrictEqual(lines.clampRange(f.range), f.range);
  });

  it('applies a fix to a lone-\\r document at the place it was computed for', () => {
    const text = 'a\rbb\rccc';
    assert.strictEqual(applyEdits(text, [{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } }, newText: 'X' }]), 'a\rbb\rcXc');
  });

  it('keeps all findings of a rule that reports more than a spread call can take', () => {
    const n = 300_000;
    const at = new Array<number>(n).fill(0);
    const r = lintDocument(makeDoc('one line'), { now: NOW, rules: [lineRule('PM901', 'busy', at)] });
    assert.strictEqual(r.errors, undefined);
    assert.strictEqual(r.findings.length, n);
  });
});
