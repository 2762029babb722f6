// The engine reuses the model's line starts (no second scan of the text) and keeps every finding of a busy rule.
import assert from 'assert';
import { lint, lintDocument } from '../../../src/core/engine/lint';
import { LineIndex } from '../../../src/core/engine/lines';
import { documentLines, parseDocument } from '../../../src/core/model/parse';
import { NOW, lineRule, makeDoc } from './helpers';

describe('engine: line index and many findings', () => {
  it('shares the model line starts only where both count lines alike', () => {
    for (const text of ['a\nbb\n\nccc', 'a\r\nbb\r\n', 'x']) {
      const shared = LineIndex.forDocument(text, documentLines(parseDocument(text)));
      const own = new LineIndex(text);
      assert.deepStrictEqual(shared.starts, own.starts);
      for (let l = 0; l < own.lineCount; l++) assert.strictEqual(shared.lineLength(l), own.lineLength(l));
    }
    // A lone \r breaks a line for the model, not for the engine's clamping: the engine scans for itself.
    const cr = 'a\rb\nc';
    const model = documentLines(parseDocument(cr))!;
    assert.deepStrictEqual(model.starts, [0, 2, 4]);
    assert.deepStrictEqual(LineIndex.forDocument(cr, model).starts, [0, 4]);
  });

  it('clamps a lone-\\r document as before', () => {
    const text = '---\rkind: incident\r---\r# T\r\rWe are sorry.\r';
    const r = lint(text, { now: NOW });
    assert.ok(r.findings.length > 0);
    for (const f of r.findings) assert.strictEqual(f.range.start.line, 0);
  });

  it('keeps all findings of a rule that reports more than a spread call can take', () => {
    const n = 300_000;
    const at = new Array<number>(n).fill(0);
    const r = lintDocument(makeDoc('one line'), { now: NOW, rules: [lineRule('PM901', 'busy', at)] });
    assert.strictEqual(r.errors, undefined);
    assert.strictEqual(r.findings.length, n);
  });
});
