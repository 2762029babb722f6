import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'jsonc-parser';
import { addTeamSnippet, snippetBody } from '../../../src/core/authoring/snippets';

describe('authoring: Save Selection as Team Snippet', () => {
  it('creates the file content when there is none', () => {
    const r = addTeamSnippet(undefined, { name: 'Apology', prefix: 'pm-sorry', body: 'We are sorry.\nTruly.' });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepStrictEqual(parse(r.text), { Apology: { scope: 'markdown', prefix: 'pm-sorry', body: ['We are sorry.', 'Truly.'] } });
  });

  it('keeps every entry and comment already there, and never replaces an entry of the same name', () => {
    const existing = '{\n  // our team snippets\n  "Apology": { "prefix": "a", "body": ["x"] }, /* keep */\n  "Other": { "prefix": "o", "body": ["y"] },\n}\n';
    const r = addTeamSnippet(existing, { name: 'Apology', prefix: 'pm-sorry', body: 'Costs $5 \\ day' });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.strictEqual(r.name, 'Apology (2)');
    assert.ok(r.text.includes('// our team snippets') && r.text.includes('/* keep */'));
    const data = parse(r.text) as Record<string, { prefix: string; body: string[] }>;
    assert.deepStrictEqual(Object.keys(data), ['Apology', 'Other', 'Apology (2)']);
    assert.deepStrictEqual(data.Apology, { prefix: 'a', body: ['x'] });
    assert.deepStrictEqual(data['Apology (2)'].body, ['Costs \\$5 \\\\ day']);
  });

  it('only inserts: the last entry keeps its formatting and its trailing comment stays on its line', () => {
    const existing = '{\n  // team snippets\n  "Existing": { "prefix": "pm-x", "body": ["x"] } // ours\n}\n';
    const r = addTeamSnippet(existing, { name: 'Recovery', prefix: 'pm-r', body: 'Back up.' });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.strictEqual(r.text, '{\n  // team snippets\n  "Existing": { "prefix": "pm-x", "body": ["x"] }, // ours\n'
      + '  "Recovery": {\n    "scope": "markdown",\n    "prefix": "pm-r",\n    "body": [\n      "Back up."\n    ]\n  }\n}\n');
  });

  it('keeps the existing text byte for byte with a trailing comma, a block comment, tabs, CRLF or a one-line file', () => {
    const files = [
      '{\n  "A": {"prefix":"a","body":["a"]}, /* a\n  spans */ // b\n}',
      '{\r\n\t"A": {\r\n\t\t"prefix": "a",\r\n\t\t"body": ["a"]\r\n\t}\r\n}\r\n',
      '{ "A": { "prefix": "a", "body": ["a"] } }',
      '{ // only a comment\n}',
      '{}',
    ];
    for (const existing of files) {
      const r = addTeamSnippet(existing, { name: 'N', prefix: 'pm-n', body: 'x' });
      assert.ok(r.ok, existing);
      if (!r.ok) continue;
      assert.deepStrictEqual(parse(r.text).N, { scope: 'markdown', prefix: 'pm-n', body: ['x'] }, r.text);
      // removing what was inserted gives the file back: every byte of it is kept, in order
      let at = 0;
      for (const ch of existing) {
        at = r.text.indexOf(ch, at) + 1;
        assert.ok(at > 0, `lost ${JSON.stringify(ch)} of ${JSON.stringify(existing)} in ${JSON.stringify(r.text)}`);
      }
    }
  });

  it('leaves a file it cannot parse untouched and says where it is broken', () => {
    const broken = '{\n  "A": { "prefix": "a", "body": ["x"] \n  "B": 1\n}';
    const r = addTeamSnippet(broken, { name: 'N', prefix: 'n', body: 'x' });
    assert.strictEqual(r.ok, false);
    if (r.ok) return;
    assert.strictEqual(r.line, 3);
    assert.match(r.error, /CommaExpected/);
    assert.strictEqual(addTeamSnippet('[1]', { name: 'N', prefix: 'n', body: 'x' }).ok, false);
  });

  it('escapes snippet syntax so the selection comes back exactly', () => {
    assert.deepStrictEqual(snippetBody('a $1 ${2:x}\r\nb\\c'), ['a \\$1 \\${2:x}', 'b\\\\c']);
  });
});

describe('contributed snippets', () => {
  const file = path.resolve(__dirname, '../../../snippets/postmortem.code-snippets');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string; body: string[] }>;
  it('cover every phase, apology, impact, next update, corrective action in 5 languages, and the inline comments', () => {
    const prefixes = new Set(Object.values(snippets).map((s) => s.prefix));
    for (const suffix of ['', '-fr', '-de', '-zhs', '-zht']) {
      for (const p of ['investigating', 'identified', 'monitoring', 'resolved']) assert.ok(prefixes.has(`pm-update-${p}${suffix}`), `pm-update-${p}${suffix}`);
      for (const p of ['apology', 'impact', 'next', 'action']) assert.ok(prefixes.has(`pm-${p}${suffix}`), `pm-${p}${suffix}`);
    }
    for (const k of ['disable-next-line', 'disable', 'enable', 'disable-file']) assert.ok(prefixes.has(`pm-${k}`));
    assert.strictEqual(prefixes.size, Object.keys(snippets).length, 'prefixes are unique');
  });
});
