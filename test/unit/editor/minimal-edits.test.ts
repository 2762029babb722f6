import * as assert from 'assert';
import fc from 'fast-check';
import { minimalEdits, type OffsetEdit } from '../../../src/vscode/code-actions/minimal-edits';

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('editor: minimal edits for Fix All', () => {
  it('one edit per changed place, leaving the text between untouched', () => {
    const before = 'kind: incident\n\nline one\nline two\nline three\nlast line\n';
    const after = 'kind: incident\n\nWe are sorry. line one\nline two\nline three\nlast line\nNext update by 15:00.\n';
    const edits = minimalEdits(before, after);
    assert.deepStrictEqual(edits, [
      { start: 16, end: 16, newText: 'We are sorry. ' },
      { start: before.length, end: before.length, newText: 'Next update by 15:00.\n' },
    ]);
  });

  it('nothing for equal texts; never splits a CRLF or a surrogate pair', () => {
    assert.deepStrictEqual(minimalEdits('a\r\nb', 'a\r\nb'), []);
    for (const [before, after] of [['a\r\nb', 'a\nb'], ['x😀y', 'x😃y'], ['a\r\n', 'a\r\r\n']]) {
      for (const e of minimalEdits(before, after)) {
        for (const at of [e.start, e.end]) {
          const pair = before.slice(at - 1, at + 1);
          assert.ok(pair !== '\r\n' && !/^[\ud800-\udbff][\udc00-\udfff]$/.test(pair), `${JSON.stringify(before)} split at ${at}`);
        }
      }
      assert.strictEqual(apply(before, minimalEdits(before, after)), after);
    }
  });

  it('applied to the first text, always gives the second (random texts and edits)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '😀', '#'), maxLength: 80 });
    fc.assert(fc.property(text, text, (before, after) => {
      const edits = minimalEdits(before, after);
      assert.strictEqual(apply(before, edits), after);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, 'sorted, not overlapping');
    }), { numRuns: 500 });
  });
});
