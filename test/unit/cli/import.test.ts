// `postmortem-lint import` as a process: our own sample histories (test/fixtures/import) in, incident documents out,
// then the same CLI lints what it wrote. Files that exist are never overwritten without --force.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { CLI, ROOT, ensureBuilt, removeDir, runCli, type CliRun } from './helpers';

const SAMPLES = path.join(ROOT, 'test/fixtures/import');
const LATER = '2026-12-01T00:00:00Z';

function lintJson(dir: string, cwd: string): Array<{ path: string; messages: Array<{ ruleId: string | null; message: string }> }> {
  const r = runCli([dir, '--format', 'json', '--now', LATER], { cwd });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return JSON.parse(r.stdout).files;
}

function orderComplaints(files: ReturnType<typeof lintJson>): string[] {
  return files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'PM024' || m.ruleId === 'PM023' || m.ruleId === null).map((m) => `${f.path}: ${m.ruleId} ${m.message}`));
}

/** Runs the CLI without blocking this process (the URL test serves the page from here). */
function runAsync(args: string[], cwd: string, input?: string): Promise<CliRun> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

describe('cli: postmortem-lint import', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-import-')); });
  afterEach(() => removeDir(dir));

  it('prints one incident to standard output', () => {
    const r = runCli(['import', path.join(SAMPLES, 'de.json')], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    assert.match(r.stdout, /^---\nkind: incident\nid: d9e8u7t6s5ij\ntitle: Verzögerte Rechnungsmails\nseverity: sev3\nstatus: resolved\nlang: de\n/);
    assert.match(r.stdout, /### 2026-11-22 10:05 UTC — Untersuchung\n/);
  });

  it('bulk: an incidents.json list becomes one file per incident; the CLI then lints them without a front-matter or order complaint', () => {
    const r = runCli(['import', path.join(SAMPLES, 'en.json'), '--out', 'incidents'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'incidents')).sort(), ['2026-11-22-checkout-api-errors.md', '2026-11-23-delayed-order-confirmation-e-mails.md']);
    assert.match(r.stdout, /^wrote incidents\/2026-11-23-delayed-order-confirmation-e-mails\.md \(k2m9x7q4w1ab: Delayed order confirmation e-mails\)$/m);
    assert.match(r.stderr, /1 scheduled maintenance\(s\) skipped: "Scheduled database upgrade"/);
    assert.match(r.stderr, /delayed-order-confirmation-e-mails\.md: 1 postmortem post\(s\) kept as text/);
    const files = lintJson('incidents', dir);
    assert.strictEqual(files.length, 2);
    assert.deepStrictEqual(orderComplaints(files), []);
  });

  it('never overwrites: when any target exists nothing is written; --force overwrites', () => {
    fs.mkdirSync(path.join(dir, 'incidents'));
    const mine = path.join(dir, 'incidents', '2026-11-22-checkout-api-errors.md');
    fs.writeFileSync(mine, 'my own notes\n');
    const r = runCli(['import', path.join(SAMPLES, 'en.json'), '--out', 'incidents'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /nothing written: incidents\/2026-11-22-checkout-api-errors\.md already exist/);
    assert.strictEqual(fs.readFileSync(mine, 'utf8'), 'my own notes\n');
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'incidents')), ['2026-11-22-checkout-api-errors.md'], 'the other incident was not written either');
    fs.chmodSync(mine, 0o640);
    const forced = runCli(['import', path.join(SAMPLES, 'en.json'), '--out', 'incidents', '--force'], { cwd: dir });
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(mine, 'utf8'), /^---\nkind: incident\nid: p7t3r8v6n5cd\n/);
    assert.strictEqual(fs.statSync(mine).mode & 0o777, 0o640, 'written in place: its mode is kept');
  });

  it('copied text from standard input: asks for the severity the text does not state, follows --order and .postmortem.yaml', async () => {
    const text = fs.readFileSync(path.join(SAMPLES, 'fr.txt'), 'utf8');
    const missing = await runAsync(['import', '-'], dir, text);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /"Lenteurs du tableau de bord": the page states no impact.*--severity sev1\.\.sev4/);
    fs.writeFileSync(path.join(dir, '.postmortem.yaml'), 'timezone: Europe/Paris\nrules:\n  timestamps: { updateOrder: newest-first }\n');
    const r = await runAsync(['import', '-', '--severity', 'sev2', '--out', 'fr/lenteurs.md'], dir, text);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = fs.readFileSync(path.join(dir, 'fr/lenteurs.md'), 'utf8');
    assert.match(out, /^timezone: Europe\/Paris$/m);
    const headings = out.split('\n').filter((l) => l.startsWith('### '));
    assert.deepStrictEqual(headings, ['### 2026-11-22 18:10 Europe/Paris — Résolu', '### 2026-11-22 17:30 Europe/Paris — Surveillance', '### 2026-11-22 16:45 Europe/Paris — Enquête en cours']);
    assert.deepStrictEqual(orderComplaints(lintJson('fr', dir)), []);
    const oldest = await runAsync(['import', '-', '--severity', 'sev2', '--order', 'oldest'], dir, text);
    assert.strictEqual(oldest.code, 0, oldest.stderr);
    assert.ok(oldest.stdout.indexOf('Enquête en cours') < oldest.stdout.indexOf('Résolu'), '--order wins over the configuration');
  });

  it('fetches a URL (a local server on 127.0.0.1 serving a recorded incident.json)', async () => {
    const body = fs.readFileSync(path.join(SAMPLES, 'fr.json'));
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/api/v2/incidents/f4r5a6n7c8gh.json') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); }
      else { res.writeHead(404); res.end('not found'); }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const r = await runAsync(['import', `http://127.0.0.1:${port}/api/v2/incidents/f4r5a6n7c8gh.json`], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^title: Lenteurs du tableau de bord$/m);
      assert.match(r.stdout, /^severity: sev1$/m);
      const missing = await runAsync(['import', `http://127.0.0.1:${port}/nope.json`], dir);
      assert.strictEqual(missing.code, 2);
      assert.match(missing.stderr, /HTTP 404/);
      assert.deepStrictEqual(requests, ['GET /api/v2/incidents/f4r5a6n7c8gh.json', 'GET /nope.json']);
    } finally {
      server.close();
    }
  });

  it('usage errors exit 2 with the reason', () => {
    const cases: Array<[string[], RegExp]> = [
      [['import'], /exactly one input/],
      [['import', 'a.json', '--order', 'sideways'], /--order "sideways": use oldest or newest/],
      [['import', 'a.json', '--severity', 'huge'], /--severity "huge"/],
      [['import', 'missing.json'], /cannot read missing\.json: ENOENT/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, { cwd: dir });
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    const help = runCli(['import', '--help'], { cwd: dir });
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^Usage: postmortem-lint import/);
  });
});
