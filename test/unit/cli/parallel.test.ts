// Worker threads give the same results, in the same order, as a serial run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, NOW, removeDir, runCli } from './helpers';

describe('postmortem-lint in parallel', function () {
  this.timeout(120_000);
  let dir: string;

  before(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-many-'));
    const sources = ['tree/incidents/2026-11-22-payments/incident.md', 'tree/incidents/2026-11-22-payments/rcca.md',
      'tree/broken/incident.md', 'tree/suppressed/incident.md'].map((p) => fs.readFileSync(path.join(FIXTURES, p), 'utf8'));
    for (let i = 0; i < 210; i++) {
      const folder = path.join(dir, `team-${i % 7}`, `2026-${String((i % 12) + 1).padStart(2, '0')}`);
      fs.mkdirSync(folder, { recursive: true });
      // vary the text so files differ: ids, and a dropped paragraph now and then
      let text = sources[i % sources.length].replace(/INC-2026-\d+/g, `INC-2026-${1000 + i}`);
      if (i % 5 === 0) text = text.replace(/\n## Timeline[\s\S]*?\n(?=## |—)/, '\n');
      fs.writeFileSync(path.join(folder, `doc-${i}.md`), text);
    }
    fs.writeFileSync(path.join(dir, 'team-3/.postmortem.yaml'), 'rules:\n  impact: error\n');
  });
  after(() => removeDir(dir));

  it('--parallel and --serial print the same report; so does the automatic choice', function () {
    const serial = runCli(['--now', NOW, '--format', 'json', '--serial'], { cwd: dir });
    const parallel = runCli(['--now', NOW, '--format', 'json', '--parallel'], { cwd: dir });
    const auto = runCli(['--now', NOW, '--format', 'json'], { cwd: dir, env: { POSTMORTEM_LINT_DEBUG: '1' } });
    assert.match(auto.stderr, /^postmortem-lint: 210 files, (?:serial|this thread and [1-7] worker threads)$/m);
    assert.strictEqual(JSON.parse(serial.stdout).documents, 210);
    assert.strictEqual(parallel.stdout, serial.stdout);
    assert.strictEqual(auto.stdout, serial.stdout);
    assert.strictEqual(parallel.code, serial.code);
    assert.strictEqual(serial.stderr, '', 'no progress line when stderr is not a terminal');
  });
});
