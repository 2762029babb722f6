// Which files the CLI checks: the core's one "is this a postmortem?" decision, run as a process on real files.
// Regressions: lone-CR files and front matter written as `"kind": incident` or a flow map were skipped
// ("0 documents checked"), and a `kind` without a closing `---` was checked but reported nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NOW, removeDir, runJson } from './helpers';

const INCIDENT = [
  'severity: sev2', 'status: investigating', 'started: 2026-11-22T14:02:00Z', '---', '# Payments failing', '',
  '## Updates', '', '### 2026-11-22 14:12 UTC — Investigating', 'We are looking into failed payments.', '',
];

describe('postmortem-lint: which files are postmortem documents', function () {
  this.timeout(120_000); // the CLI runs as a process, several times a test: slower than 20 s on a busy machine
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-sniff-'));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('lone-cr.md', ['---', 'kind: incident', ...INCIDENT].join('\r'));
    write('quoted-key.md', ['---', '"kind": incident', ...INCIDENT].join('\n'));
    write('flow-map.md', ['---', '{kind: incident, severity: sev2, status: investigating, started: 2026-11-22T14:02:00Z}',
      '---', ...INCIDENT.slice(4)].join('\n'));
    write('unclosed.md', ['---', 'kind: incident', 'severity: sev2', '', '# Payments failing', '', 'Text.', ''].join('\n'));
    write('notes.md', ['---', 'title: Notes', '---', '# Notes', '', 'kind: incident', ''].join('\n'));
  });
  after(() => removeDir(dir));

  it('checks lone-CR, quoted-key and flow-map incidents, and only those with a kind', function () {
    const { report } = runJson(['--now', NOW, '.'], dir);
    const checked = report.files.map((f) => f.path).sort();
    assert.deepStrictEqual(checked, ['flow-map.md', 'lone-cr.md', 'quoted-key.md', 'unclosed.md']);
    assert.strictEqual(report.documents, 4);
  });

  it('reads a lone-CR file line by line (findings on the lines VS Code shows)', function () {
    const { report } = runJson(['--now', NOW, 'lone-cr.md'], dir);
    const file = report.files[0];
    assert.ok(file.messages.length > 0, 'no findings');
    assert.ok(file.messages.some((m) => m.line > 1), JSON.stringify(file.messages.map((m) => [m.ruleId, m.line])));
    for (const m of file.messages) assert.ok(m.line >= 1 && m.line <= 16, `${m.ruleId} at line ${m.line}`);
  });

  it('reports PM024 at the opening line when the front matter has no closing ---', function () {
    const { run, report } = runJson(['--now', NOW, 'unclosed.md'], dir);
    const pm024 = report.files[0].messages.filter((m) => m.ruleId === 'PM024');
    assert.strictEqual(pm024.length, 1, JSON.stringify(report.files[0].messages));
    assert.strictEqual(pm024[0].line, 1);
    assert.strictEqual(run.code, 1);
  });
});
