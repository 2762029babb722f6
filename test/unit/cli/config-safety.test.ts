// A repository's .postmortem.yaml cannot make the CLI hang or read outside the repository: `extends` reads regular
// files only, and `extends` and `templates` stay inside the repository (links included).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NOW, copyFixture, removeDir, runCli, runJson } from './helpers';

const DOC = 'drafts/draft.md';

describe('postmortem-lint config files stay in the repository', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = copyFixture('tree');
    fs.mkdirSync(path.join(dir, '.git'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-outside-'));
    fs.writeFileSync(path.join(outside, 'base.yaml'), 'language: fr\nsecretToken: 1\n');
  });
  afterEach(() => { removeDir(dir); removeDir(outside); });

  const configMessages = (report: { files: Array<{ path: string; messages: Array<{ ruleId: string | null; message: string }> }> }) =>
    report.files.filter((f) => f.path.endsWith('.postmortem.yaml')).flatMap((f) => f.messages.map((m) => m.message));

  it('a named pipe in extends does not block the run', function () {
    const fifo = spawnSync('mkfifo', [path.join(dir, 'drafts/pipe.yaml')]);
    if (fifo.status !== 0) this.skip();
    fs.writeFileSync(path.join(dir, 'drafts/.postmortem.yaml'), 'extends: pipe.yaml\n');
    const r = runCli(['--now', NOW, '--format', 'json', DOC], { cwd: dir, timeoutMs: 30_000 });
    assert.notStrictEqual(r.code, null, 'the CLI finished');
    const report = JSON.parse(r.stdout);
    assert.match(configMessages(report).join('\n'), /Cannot read "pipe\.yaml"/);
  });

  it('refuses extends and templates outside the repository, and a link that leads out of it', function () {
    const rel = path.relative(path.join(dir, 'drafts'), path.join(outside, 'base.yaml'));
    fs.symlinkSync(path.join(outside, 'base.yaml'), path.join(dir, 'drafts/linked.yaml'));
    fs.writeFileSync(path.join(dir, 'drafts/.postmortem.yaml'), `extends: [${JSON.stringify(rel)}, ${JSON.stringify(path.join(outside, 'base.yaml'))}, linked.yaml]\ntemplates: ${JSON.stringify(outside)}\n`);
    const { report } = runJson(['--now', NOW, DOC], dir);
    const messages = configMessages(report);
    assert.strictEqual(messages.length, 4, messages.join('\n'));
    assert.match(messages[0], /"extends" names ".*base\.yaml", outside .*: only files inside the workspace \(or repository\) are read/);
    assert.match(messages[1], /"extends" names ".*base\.yaml", outside/);
    assert.match(messages[2], /Cannot read "linked\.yaml"/);
    assert.match(messages[3], /"templates" names ".*", outside/);
    assert.ok(!messages.some((m) => /secretToken/.test(m)), 'no key of the outside file is echoed');
    const doc = report.files.find((f) => f.path === DOC)!;
    assert.ok(!doc.messages.some((m) => /[àéè]/.test(m.message)), 'the outside file (language: fr) did not apply');
  });
});
