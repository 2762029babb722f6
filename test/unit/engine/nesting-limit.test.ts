// Text nested deeper than markdown-it's limit (100 levels) gets no tokens, so no rule ever reads it: the engine says
// so at the first line left unread instead of passing the document as clean (issue 11, adversarial review).
import * as assert from 'assert';
import { lint } from '../../../src/core/engine/index';
import { NOW } from './helpers';

const head = (lang = 'en') =>
  `---\nkind: incident\nid: INC-1\ntitle: T\nseverity: sev2\nstatus: investigating\nlang: ${lang}\nstarted: 2026-11-22T14:00:00Z\n---\n\n# T\n\n## Updates\n\n### 2026-11-22 14:12 UTC — Investigating\n\n`;
const HEAD_LINES = head().split('\n').length - 1;
/** `depth` quotes, each one level deeper than the one before, then a paragraph at the top level again. */
const quotes = (depth: number, lang = 'en') =>
  head(lang) + Array.from({ length: depth }, (_, i) => `${'>'.repeat(i + 1)} level ${i}`).join('\n') + '\n\nThe outage was caused by AWS.\n';
const notices = (text: string) => lint(text, { now: NOW }).findings.filter((f) => f.ruleId === 'PM000');

describe('engine: text the Markdown parser leaves unread is reported', () => {
  it('quotes nested 100 levels: a warning at the first unread line; the text after the quote is still checked', () => {
    for (const depth of [100, 101, 150]) {
      const found = notices(quotes(depth));
      assert.deepStrictEqual(found.map((f) => [f.range.start.line, f.severity, f.ruleName]), [[HEAD_LINES + 99, 'warning', 'config']], `depth ${depth}`);
      assert.match(found[0].message, /nested more than 100 levels deep .*: it is not checked/);
      const vendor = lint(quotes(depth), { now: NOW }).findings.filter((f) => f.ruleName === 'vendor-blame');
      assert.deepStrictEqual(vendor.map((f) => f.range.start.line), [HEAD_LINES + depth + 1], 'the top-level paragraph after it');
    }
  });

  it('nothing to say when the parser read everything (99 levels), nor for Markdown that is not a postmortem', () => {
    assert.deepStrictEqual(notices(quotes(99)), []);
    assert.deepStrictEqual(lint(quotes(150).replace('kind: incident\n', ''), { now: NOW }).findings, []);
  });

  it('lists (two levels each) stop at the 50th, the text of its item unread; in the document\'s language', () => {
    const list = (lang: string) => head(lang) + Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- Punkt ${i}`).join('\n') + '\n';
    const found = notices(list('de'));
    assert.deepStrictEqual(found.map((f) => f.range.start.line), [HEAD_LINES + 49]);
    assert.match(found[0].message, /^Ab dieser Zeile ist der Text mehr als 100 Ebenen tief verschachtelt/);
  });
});
