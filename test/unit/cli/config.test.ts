// Configuration as the editor finds it (nearest .postmortem.yaml, extends), --config, --ignore and --now.
import * as assert from 'assert';
import * as path from 'path';
import { parseConfig } from '../../../src/core/index';
import * as fs from 'fs';
import { FIXTURES, NOW, runCli, runJson } from './helpers';
import { editorFindings } from './truth';

const severityOf = (messages: Array<{ ruleId: string | null; severity: string }>, id: string) =>
  messages.filter((m) => m.ruleId === id).map((m) => m.severity);

describe('postmortem-lint configuration', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  const dir = path.join(FIXTURES, 'config');

  it('discovers the nearest .postmortem.yaml and its extends, like the editor', async function () {
    const { run, report } = runJson(['--now', NOW], dir);
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    assert.deepStrictEqual([...byPath.keys()], ['incident.md', 'team/incident.md']);
    assert.deepStrictEqual(severityOf(byPath.get('incident.md')!.messages, 'PM002'), ['error'], 'impact: error from config/.postmortem.yaml');
    assert.deepStrictEqual(severityOf(byPath.get('team/incident.md')!.messages, 'PM002'), [], 'impact: off in team/.postmortem.yaml');
    for (const f of report.files) {
      const expected = await editorFindings(path.join(dir, f.path), NOW);
      assert.deepStrictEqual(f.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message]),
        expected.map((e) => [e.ruleId, e.severity, e.line, e.column, e.message]), f.path);
    }
    assert.strictEqual(run.code, 1);
  });

  it('--config replaces discovery for every document', async function () {
    const { run, report } = runJson(['--now', NOW, '--config', 'information.yaml'], dir);
    const config = parseConfig(fs.readFileSync(path.join(dir, 'information.yaml'), 'utf8'));
    assert.deepStrictEqual(config.problems, []);
    for (const f of report.files) {
      assert.deepStrictEqual(severityOf(f.messages, 'PM002'), ['information'], f.path);
    }
    assert.strictEqual(run.code, report.errorCount > 0 ? 1 : 0);
  });

  it('a broken --config is a configuration error: exit 2, the file, line and column on stderr', function () {
    const r = runCli(['--now', NOW, '--config', 'broken.yaml'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /the --config file is broken:\n {2}broken\.yaml:\d+:\d+: This file is not valid YAML/);
    assert.strictEqual(r.stdout, '');
  });

  it('a broken discovered .postmortem.yaml is reported at its line, and the defaults apply', function () {
    const { run, report } = runJson(['--now', NOW], path.join(FIXTURES, 'config-broken'));
    assert.deepStrictEqual(report.files.map((f) => f.path), ['.postmortem.yaml', 'sub/incident.md']);
    const problems = report.files[0].messages;
    assert.ok(problems.length > 0);
    assert.ok(problems.every((m) => m.ruleId === 'PM000'));
    assert.ok(problems.some((m) => m.severity === 'error' && m.line >= 2));
    assert.deepStrictEqual(severityOf(report.files[1].messages, 'PM002'), ['warning'], 'default severity');
    assert.strictEqual(run.code, 1);
  });
});

describe('postmortem-lint --ignore and --now', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  const dir = path.join(FIXTURES, 'tree');

  it('--ignore skips a folder by name and files by glob (repeatable)', function () {
    const all = runJson(['--now', NOW], dir).report.files.map((f) => f.path);
    assert.ok(all.includes('drafts/draft.md'));
    const some = runJson(['--now', NOW, '--ignore', 'drafts', '--ignore', '**/rcca.md'], dir).report.files.map((f) => f.path);
    assert.deepStrictEqual(some, all.filter((p) => !p.startsWith('drafts/') && !p.endsWith('/rcca.md')));
    const glob = runJson(['--now', NOW, 'incidents/**/*.md', 'drafts'], dir).report.files.map((f) => f.path);
    assert.deepStrictEqual(glob, ['drafts/draft.md', 'incidents/2026-11-22-payments/incident.md', 'incidents/2026-11-22-payments/rcca.md']);
  });

  it('--now decides the deadline rules, reproducibly', async function () {
    const rcca = 'incidents/2026-11-22-payments/rcca.md';
    const due = runJson(['--now', '2026-11-23T12:00:00Z', rcca], dir).report.files[0].messages;
    const overdue = runJson(['--now', '2026-11-30T12:00:00+01:00', rcca], dir).report.files[0].messages;
    assert.deepStrictEqual(severityOf(due, 'PM003'), ['information']);
    assert.deepStrictEqual(severityOf(overdue, 'PM003'), ['error']);
    const expected = await editorFindings(path.join(dir, rcca), '2026-11-30T11:00:00Z');
    assert.deepStrictEqual(overdue.map((m) => m.message), expected.map((e) => e.message));
    // the same time twice gives the same report
    assert.strictEqual(runCli(['--now', NOW, rcca], { cwd: dir }).stdout, runCli(['--now', NOW, rcca], { cwd: dir }).stdout);
  });
});
