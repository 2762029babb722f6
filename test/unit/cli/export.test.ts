// postmortem-lint export, run as a process on a copy of the example incident and its report.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, removeDir, runCli } from './helpers';

import { attr, elements, parseHtml } from '../publish/html';

const all = (html: string, tag: string) => elements(parseHtml(html), tag);

const NOW = '2026-11-23T12:00:00Z';

describe('postmortem-lint export (process)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-export-'));
    fs.cpSync(path.join(ROOT, 'examples/incidents/2026-11-22-card-payments'), dir, { recursive: true });
  });
  afterEach(() => removeDir(dir));

  it('writes <name>.html next to the document: one page, the chart inline, no script', () => {
    const r = runCli(['export', 'incident.md', '--now', NOW], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, 'incident.html\n');
    const html = fs.readFileSync(path.join(dir, 'incident.html'), 'utf8');
    assert.strictEqual(all(html, 'script').length, 0);
    assert.strictEqual(all(html, 'svg').length, 1);
    assert.strictEqual(all(html, 'style').length, 1);
    assert.strictEqual(all(html, 'h1').length, 1);
    assert.ok(html.includes('Card payments failing in the EU'));
  });

  it('draws a report with its incident found in the same folder', () => {
    const r = runCli(['export', path.join(dir, 'rcca.md'), '--now', NOW], { cwd: os.tmpdir() });
    assert.strictEqual(r.code, 0, r.stderr);
    const svg = all(fs.readFileSync(path.join(dir, 'rcca.html'), 'utf8'), 'svg')[0];
    assert.match(attr(svg, 'aria-label') ?? '', /^INC-2026-0042 — /, 'the incident is drawn (the report has no id of its own)');
  });

  it('never replaces a file without --force; with it, writes in place and keeps the mode', () => {
    const target = path.join(dir, 'incident.html');
    fs.writeFileSync(target, 'mine');
    fs.chmodSync(target, 0o640);
    const refused = runCli(['export', 'rcca.md', 'incident.md', '--now', NOW], { cwd: dir });
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /incident\.html: it exists: not replaced \(use --force/);
    assert.match(refused.stderr, /nothing written\n$/);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'mine');
    assert.ok(!fs.existsSync(path.join(dir, 'rcca.html')), 'all or nothing: the other document is not written either');
    const forced = runCli(['export', 'incident.md', '--force', '--now', NOW], { cwd: dir });
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
    assert.strictEqual(fs.statSync(target).mode & 0o777, 0o640);
  });

  it('--out writes elsewhere; usage mistakes and documents that cannot be exported exit 2', () => {
    const out = runCli(['export', 'rcca.md', '--out', 'site/report.html', '--now', NOW], { cwd: dir });
    assert.strictEqual(out.code, 0, out.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'site/report.html')));
    assert.strictEqual(runCli(['export'], { cwd: dir }).code, 2);
    assert.strictEqual(runCli(['export', 'incident.md', 'rcca.md', '--out', 'x.html'], { cwd: dir }).code, 2);
    assert.strictEqual(runCli(['export', 'incident.md', '--now', 'yesterday'], { cwd: dir }).code, 2);
    fs.writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nNothing here.\n');
    const plain = runCli(['export', 'notes.md', 'missing.md', 'incident.md'], { cwd: dir });
    assert.strictEqual(plain.code, 2);
    assert.ok(!fs.existsSync(path.join(dir, 'incident.html')));
    assert.match(plain.stderr, /notes\.md: not an incident or a report/);
    assert.match(plain.stderr, /missing\.md: cannot read: ENOENT/);
    assert.ok(!fs.existsSync(path.join(dir, 'notes.html')));
    const help = runCli(['export', '--help'], { cwd: dir });
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^Usage: postmortem-lint export/);
  });
});
