// Folder scans and reports that cannot be led astray by the file system: links to folders (loops included),
// unreadable folders and files, names with control characters, folders whose names start with two dots.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NOW, copyFixture, removeDir, runCli, runCliAs, runJson, unprivilegedUid } from './helpers';

const DOC = 'drafts/draft.md';

describe('postmortem-lint scans and names files safely', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  beforeEach(() => { dir = copyFixture('tree'); });
  afterEach(() => removeDir(dir));

  it('never follows a link to a folder (two loops end at once) and lints a linked file once', function () {
    fs.symlinkSync('..', path.join(dir, 'drafts/loop'));
    fs.symlinkSync('../..', path.join(dir, 'incidents/2026-11-22-payments/up'));
    fs.symlinkSync('draft.md', path.join(dir, 'drafts/alias.md'));
    const clean = copyFixture('tree');
    try {
      const { report: expected } = runJson(['--now', NOW], clean);
      const { run, report } = runJson(['--now', NOW], dir);
      assert.deepStrictEqual(report.files.map((f) => f.path), expected.files.map((f) => f.path), run.stderr);
      assert.strictEqual(report.documents, expected.documents);
    } finally {
      removeDir(clean);
    }
  });

  it('names an unreadable folder and an unreadable file, counts them as errors, and says so in SARIF', function () {
    const uid = unprivilegedUid();
    if (uid === undefined) this.skip();
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'incidents/2026-11-22-payments'), 0o700);
    fs.chmodSync(path.join(dir, DOC), 0o600);
    const json = runCliAs(uid, ['--now', NOW, '--format', 'json'], dir);
    const report = JSON.parse(json.stdout) as { errorCount: number; files: Array<{ path: string; messages: Array<{ message: string; severity: string }> }> };
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    assert.match(byPath.get('incidents/2026-11-22-payments')?.messages[0].message ?? JSON.stringify(report.files), /EACCES/);
    assert.match(byPath.get(DOC)?.messages[0].message ?? JSON.stringify(report.files), /EACCES/);
    assert.strictEqual(byPath.get(DOC)!.messages[0].severity, 'error');
    assert.strictEqual(json.code, 1);
    const sarif = JSON.parse(runCliAs(uid, ['--now', NOW, '--format', 'sarif'], dir).stdout);
    assert.strictEqual(sarif.runs[0].invocations[0].executionSuccessful, false);
  });

  it('SARIF says the run succeeded only when every file was checked', function () {
    const ok = JSON.parse(runCli(['--now', NOW, '--format', 'sarif', 'drafts'], { cwd: dir }).stdout);
    assert.strictEqual(ok.runs[0].invocations[0].executionSuccessful, true);
    fs.writeFileSync(path.join(dir, 'drafts/binary.md'), Buffer.from('---\nkind: incident\n---\n\u0000'));
    const bad = JSON.parse(runCli(['--now', NOW, '--format', 'sarif', 'drafts'], { cwd: dir }).stdout);
    assert.strictEqual(bad.runs[0].invocations[0].executionSuccessful, false);
  });

  it('a file name with a newline cannot inject a workflow command; stylish shows control characters escaped', function () {
    const evil = 'drafts/x\n::error::injected\u001b[31m.md';
    fs.renameSync(path.join(dir, DOC), path.join(dir, evil));
    const github = runCli(['--now', NOW, '--fix', '--format', 'github', 'drafts'], { cwd: dir });
    assert.ok(github.stdout.includes('fixed '), github.stdout);
    for (const line of github.stdout.split('\n')) assert.ok(!line.startsWith('::error::injected'), line);
    assert.ok(!github.stdout.includes('\u001b'));
    const stylish = runCli(['--now', NOW, '--no-color', 'drafts'], { cwd: dir });
    assert.ok(!stylish.stdout.includes('\u001b'), 'no escape code reaches the terminal');
    assert.ok(stylish.stdout.includes('drafts/x\\x0a::error::injected\\x1b[31m.md'), stylish.stdout);
  });

  it('a folder named ..foo inside the current folder is inside it (relative path, --ignore matches)', function () {
    fs.renameSync(path.join(dir, 'drafts'), path.join(dir, '..drafts'));
    const { report } = runJson(['--now', NOW, '..drafts'], dir);
    assert.deepStrictEqual(report.files.map((f) => f.path), ['..drafts/draft.md']);
    const sarif = JSON.parse(runCli(['--now', NOW, '--format', 'sarif', '..drafts'], { cwd: dir }).stdout);
    assert.strictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    const { report: ignored } = runJson(['--now', NOW, '--ignore', '..drafts', '..drafts'], dir);
    assert.deepStrictEqual(ignored.files, []);
  });

  it('an empty --ignore or path is a usage error (exit 2), not a crash', function () {
    for (const args of [['--ignore', ''], ['']]) {
      const r = runCli(args, { cwd: dir });
      assert.strictEqual(r.code, 2, r.stderr);
      assert.doesNotMatch(r.stderr, /TypeError|unexpected failure|\n\s+at /);
    }
  });

  it('"fixes", not "fixs"', function () {
    const r = runCli(['--now', NOW, '--fix', '--no-color', '.'], { cwd: dir });
    assert.match(r.stdout, /\d+ fixes applied/);
    assert.doesNotMatch(r.stdout, /fixs/);
  });
});
