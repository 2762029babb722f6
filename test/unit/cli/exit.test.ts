// Exit codes 0/1/2, usage errors on stderr, and files that cannot be checked (the run goes on).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { version } from '../../../package.json';
import { NOW, assertValidSarif, copyFixture, removeDir, runCli, runJson } from './helpers';

const WARNINGS_ONLY = 'incidents/2026-11-22-payments/incident.md';

describe('postmortem-lint exit codes', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  before(() => { dir = copyFixture('tree'); });
  after(() => removeDir(dir));

  it('0 with warnings only; 1 with more warnings than --max-warnings', function () {
    const { run, report } = runJson(['--now', NOW, WARNINGS_ONLY], dir);
    assert.strictEqual(report.errorCount, 0, JSON.stringify(report.files));
    assert.ok(report.warningCount > 0);
    assert.strictEqual(run.code, 0);
    assert.strictEqual(runCli(['--now', NOW, '--max-warnings', String(report.warningCount), WARNINGS_ONLY], { cwd: dir }).code, 0);
    const over = runCli(['--now', NOW, '--max-warnings', String(report.warningCount - 1), WARNINGS_ONLY], { cwd: dir });
    assert.strictEqual(over.code, 1);
    assert.match(over.stdout, /too many warnings: \d+, --max-warnings is \d+/);
  });

  it('1 with findings at error level (broken front matter)', function () {
    const r = runCli(['--now', NOW, 'broken'], { cwd: dir });
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /PM024 front-matter/);
  });

  it('0 and a note when there is no postmortem document', function () {
    const r = runCli(['--now', NOW, 'notes'], { cwd: dir });
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /no postmortem documents found/);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['an unknown option', ['--frobnicate'], /unknown option '--frobnicate'/i],
    ['a bad --now', ['--now', 'yesterday'], /--now "yesterday" is not an ISO 8601 time/],
    ['a missing path', ['no/such/folder'], /no such file or folder: no\/such\/folder/],
    ['an unknown format', ['--format', 'xml'], /unknown --format "xml"/],
    ['a bad --max-warnings', ['--max-warnings', 'many'], /--max-warnings needs a whole number/],
    ['a missing --config file', ['--config', 'nope.yaml'], /cannot read --config nope\.yaml: ENOENT/],
    ['--color with --no-color', ['--color', '--no-color'], /cannot be used together/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 with a clear message on stderr for ${what}`, function () {
      const r = runCli(['--now', NOW, ...args], { cwd: dir });
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^postmortem-lint: /);
      assert.strictEqual(r.stdout, '');
    });
  }

  it('--version and --help', function () {
    const v = runCli(['--version'], { cwd: dir });
    assert.strictEqual(v.code, 0);
    assert.strictEqual(v.stdout.trim(), version);
    const h = runCli(['--help'], { cwd: dir });
    assert.strictEqual(h.code, 0);
    for (const option of ['--config', '--ignore', '--now', '--fix', '--max-warnings', '--format', '--output', '--quiet', '--no-color']) {
      assert.ok(h.stdout.includes(option), option);
    }
  });
});

describe('postmortem-lint on files it cannot check', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  before(function () {
    dir = copyFixture('tree');
    fs.writeFileSync(path.join(dir, 'incidents/binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0xff, 0x0a]));
    fs.writeFileSync(path.join(dir, 'incidents/latin1.md'), Buffer.from('---\nkind: incident\ntitle: Caf\xe9\n---\n', 'latin1'));
    const unreadable = path.join(dir, 'incidents/unreadable.md');
    if (process.getuid?.() === 0) {
      // root reads any file whatever its mode: a link to a file whose read fails (EIO) stands in.
      fs.symlinkSync('/proc/self/mem', unreadable);
    } else {
      fs.writeFileSync(unreadable, '---\nkind: incident\n---\n');
      fs.chmodSync(unreadable, 0o000);
    }
  });
  after(() => removeDir(dir));

  it('reports unreadable, binary and non-UTF-8 files as errors and lints the others', function () {
    if (process.platform !== 'linux' && process.getuid?.() === 0) this.skip();
    const { run, report } = runJson(['--now', NOW, 'incidents'], dir);
    assert.strictEqual(run.code, 1);
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    const only = (p: string) => {
      const f = byPath.get(p);
      assert.ok(f, `${p} reported`);
      assert.strictEqual(f.messages.length, 1);
      assert.strictEqual(f.messages[0].ruleId, null);
      assert.strictEqual(f.messages[0].severity, 'error');
      return f.messages[0].message;
    };
    assert.match(only('incidents/binary.md'), /binary file/);
    assert.match(only('incidents/latin1.md'), /not UTF-8/);
    assert.match(only('incidents/unreadable.md'), /cannot read the file: (EIO|EACCES)/);
    assert.ok(byPath.get('incidents/2026-11-22-payments/incident.md')!.messages.some((m) => m.ruleId === 'PM002'), 'the run went on');
    assert.strictEqual(report.documents, 2, 'only checked files count as documents');
  });

  it('sarif: files that could not be checked are tool execution notifications, and the log stays valid', function () {
    if (process.platform !== 'linux' && process.getuid?.() === 0) this.skip();
    const r = runCli(['--now', NOW, '--format', 'sarif', 'incidents'], { cwd: dir });
    assert.strictEqual(r.code, 1);
    const log = JSON.parse(r.stdout);
    assertValidSarif(log);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications as Array<{ level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    assert.deepStrictEqual(notes.map((n) => n.locations[0].physicalLocation.artifactLocation.uri).sort(),
      ['incidents/binary.md', 'incidents/latin1.md', 'incidents/unreadable.md']);
    assert.ok(notes.every((n) => n.level === 'error'));
  });
});
