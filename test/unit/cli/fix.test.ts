// --fix: the files afterwards are what the core's fixAll produces; broken front matter is never touched.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../../../src/core/index';
import { NOW, copyFixture, removeDir, runCli, runJson } from './helpers';
import { configOf } from './truth';

describe('postmortem-lint --fix', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  let before1: Map<string, string>;
  const doc = 'incidents/2026-11-22-payments/incident.md';
  const broken = 'broken/incident.md';

  before(function () {
    dir = copyFixture('tree');
    const crlf = fs.readFileSync(path.join(dir, doc), 'utf8').replace(/\n/g, '\r\n');
    fs.mkdirSync(path.join(dir, 'crlf'));
    fs.writeFileSync(path.join(dir, 'crlf/incident.md'), crlf);
    fs.mkdirSync(path.join(dir, 'bom'));
    fs.writeFileSync(path.join(dir, 'bom/incident.md'), '\uFEFF' + fs.readFileSync(path.join(dir, doc), 'utf8'));
    before1 = new Map(['drafts/draft.md', doc, broken, 'crlf/incident.md', 'notes/README.md'].map((p) => [p, fs.readFileSync(path.join(dir, p), 'utf8')]));
  });
  after(() => removeDir(dir));

  it('writes what the core fixAll produces, reports it, and leaves broken front matter alone', async function () {
    const expected = fixAll(before1.get(doc)!, { now: Date.parse(NOW), config: await configOf(path.join(dir, doc)) });
    assert.ok(expected.applied.length > 0, 'the fixture has something to fix');

    const { run, report } = runJson(['--now', NOW, '--fix'], dir);
    const byPath = new Map(report.files.map((f) => [f.path, f]));

    assert.strictEqual(fs.readFileSync(path.join(dir, doc), 'utf8'), expected.text);
    assert.deepStrictEqual(byPath.get(doc)!.fixed.map((f) => f.ruleId), expected.applied.map((f) => f.ruleId));
    assert.ok(byPath.get(doc)!.fixed.some((f) => f.ruleId === 'PM002' && f.title.length > 0));
    // the report shows what is left after fixing
    assert.deepStrictEqual(byPath.get(doc)!.messages.map((m) => m.message), expected.result.findings.map((f) => f.message));
    assert.ok(!byPath.get(doc)!.messages.some((m) => m.fixable && m.ruleId === 'PM002'));

    assert.strictEqual(fs.readFileSync(path.join(dir, broken), 'utf8'), before1.get(broken), 'broken front matter: untouched');
    assert.deepStrictEqual(byPath.get(broken)!.fixed, []);
    if (byPath.get(broken)!.messages.some((m) => m.fixable)) assert.match(byPath.get(broken)!.fixSkipped ?? '', /front matter/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'notes/README.md'), 'utf8'), before1.get('notes/README.md'));

    const crlf = fs.readFileSync(path.join(dir, 'crlf/incident.md'), 'utf8');
    assert.notStrictEqual(crlf, before1.get('crlf/incident.md'));
    assert.ok(!/(^|[^\r])\n/.test(crlf), 'a CRLF file keeps CRLF line endings');
    assert.strictEqual(crlf.replace(/\r\n/g, '\n'), expected.text);

    const bom = fs.readFileSync(path.join(dir, 'bom/incident.md'), 'utf8');
    assert.strictEqual(bom, '\uFEFF' + expected.text, 'a byte-order mark is kept, and the document behind it is fixed');

    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'incidents/2026-11-22-payments')).sort(), ['incident.md', 'rcca.md'], 'no temp files left');
    assert.strictEqual(run.code, report.errorCount > 0 ? 1 : 0);
  });

  it('a second run finds nothing left to fix and changes nothing', function () {
    const snapshot = fs.readFileSync(path.join(dir, doc), 'utf8');
    const { report } = runJson(['--now', NOW, '--fix', doc], dir);
    assert.deepStrictEqual(report.files[0].fixed, []);
    assert.strictEqual(fs.readFileSync(path.join(dir, doc), 'utf8'), snapshot);
  });

  it('stylish lists the fixes per file', function () {
    const fresh = copyFixture('tree');
    try {
      const r = runCli(['--now', NOW, '--fix', '--no-color', 'drafts'], { cwd: fresh });
      assert.match(r.stdout, /^drafts\/draft\.md\n(.*\n)*  fixed  .+  PM002 impact$/m);
      assert.match(r.stdout, /\d+ fix(es)? applied/);
    } finally {
      removeDir(fresh);
    }
  });
});
