// The one "is this a postmortem document?" decision (a front matter that declares a `kind`, read by the YAML parser),
// shared by the CLI's file filter, the editor's pre-check, the timeline index and the front-matter rule.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { looksLikePostmortem } from '../../../src/core/model/declared-kind';
import { parseDocument } from '../../../src/core/model/parse';
import { lint } from '../../../src/core/engine/lint';

const BODY = '\n# Card payments failing\n\nWe are sorry.\n';

const CASES: Array<[string, string, boolean]> = [
  ['plain Markdown', '# Notes\n\nkind: incident\n', false],
  ['a front matter without kind', '---\ntitle: Notes\n---\n# Notes\n', false],
  ['kind: incident', `---\nkind: incident\n---${BODY}`, true],
  ['kind: rcca with CRLF', `---\r\nkind: rcca\r\n---\r\n# R\r\n`, true],
  ['lone-CR line endings', `---\rkind: incident\rseverity: sev2\r---\r# Title\r`, true],
  ['a byte-order mark', `\uFEFF---\nkind: incident\n---${BODY}`, true],
  ['a quoted key', `---\n"kind": incident\n---${BODY}`, true],
  ['a flow map', `---\n{kind: incident, severity: sev1}\n---${BODY}`, true],
  ['an unknown kind (the front-matter rule reports it)', `---\nkind: postmortem\n---${BODY}`, true],
  ['a blank kind', `---\nkind:\ntitle: x\n---${BODY}`, false],
  ['kind only inside a value', `---\ntitle: what kind: of day\n---${BODY}`, false],
  ['a key that only starts with kind', `---\nkinds: [a]\n---${BODY}`, false],
  ['broken YAML with a kind line', `---\nkind: incident\ntitle: [unclosed\n---${BODY}`, true],
  ['no closing fence', `---\nkind: incident\ntitle: Payments\n${BODY}`, true],
  ['no closing fence, no kind', `---\ntitle: Payments\n${BODY}`, false],
  ['no closing fence, kind after a blank line', `---\ntitle: x\n\nkind: incident\n`, false],
  ['a thematic break alone', '---', false],
  ['kind after the closing fence', `---\ntitle: x\n---\nkind: incident\n`, false],
];

describe('model: is this a postmortem document?', () => {
  for (const [name, text, expected] of CASES) {
    it(`${expected ? 'yes' : 'no'}: ${name}`, () => {
      assert.strictEqual(looksLikePostmortem(text), expected);
      // The model makes the same decision on the same text.
      const fm = parseDocument(text).frontMatter;
      assert.strictEqual(fm.declaresKind === true, expected);
    });
  }

  it('a kind but no closing fence: PM024 at the opening line, not silence', () => {
    const text = `---\nkind: incident\nseverity: sev1\n${BODY}`;
    const findings = lint(text, { now: 0 }).findings.filter((f) => f.ruleId === 'PM024');
    assert.strictEqual(findings.length, 1, JSON.stringify(findings));
    assert.strictEqual(findings[0].range.start.line, 0);
    assert.match(findings[0].message, /closing "---"/);
  });

  it('agrees with the model on every fixture, corpus and example document', () => {
    const root = path.resolve(__dirname, '../../..');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.md')) files.push(p);
      }
    };
    for (const dir of ['test/fixtures', 'examples', 'templates']) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
    assert.ok(files.length > 50, `only ${files.length} documents`);
    let postmortems = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const fm = parseDocument(text).frontMatter;
      assert.strictEqual(looksLikePostmortem(text), fm.declaresKind === true, file);
      if (fm.declaresKind) postmortems++;
    }
    assert.ok(postmortems > 50, `only ${postmortems} postmortem documents`);
  });

  it('agrees with the model on random front matter', () => {
    const line = fc.constantFrom('kind: incident', '"kind": rcca', '{kind: incident}', 'kind:', 'title: x', '', '  - a',
      '---', '...', 'kind: [', '# H', 'text kind: x');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), eol, (lines, nl) => {
      const text = ['---', ...lines].join(nl);
      assert.strictEqual(looksLikePostmortem(text), parseDocument(text).frontMatter.declaresKind === true, JSON.stringify(text));
    }), { numRuns: 500 });
  });
});
