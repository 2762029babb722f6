// The GitHub Action, run the way the runner runs a node20 action: `node bundle/action.js` in the workspace, inputs
// as INPUT_* variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files. The inputs are the README's block.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { stepSummary } from '../../src/action/summary';
import type { JsonReport } from '../../src/action/summary';
import { MANIFEST, ROOT, assertValidSarif, readmeBlock, removeDir, runCli, runJson, sampleRepository, tempDir } from './helpers';

interface Step { uses?: string; with?: Record<string, string | number> }

const ACTION = path.join(ROOT, 'bundle/action.js');

/** The README step that uses this action. */
function readmeActionStep(): Step {
  const steps = parse(readmeBlock('action')) as Step[];
  const step = steps.find((s) => s.uses?.startsWith('postmortem-author/postmortem-author@'));
  assert.ok(step, 'the README block uses the action');
  return step;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (const m of fs.readFileSync(file, 'utf8').matchAll(re)) out[m[1]] = m[3];
  return out;
}

function runAction(workspace: string, inputs: Record<string, string | number>) {
  const runnerFiles = tempDir('runner');
  const summary = path.join(runnerFiles, 'step_summary');
  const output = path.join(runnerFiles, 'output');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: runnerFiles };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  const r = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
  const result = { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: fs.readFileSync(summary, 'utf8'), outputs: readOutputs(output) };
  removeDir(runnerFiles);
  return result;
}

describe('GitHub Action', () => {
  let workspace: string;
  before(() => { workspace = sampleRepository('action'); });
  after(() => removeDir(workspace));

  it('action.yml runs the committed bundle on node20 and declares the inputs', () => {
    const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    assert.deepStrictEqual(action.runs, { using: 'node20', main: 'bundle/action.js' });
    assert.deepStrictEqual(Object.keys(action.inputs).sort(), ['config', 'format', 'max-warnings', 'now', 'paths', 'sarif']);
    assert.strictEqual(action.inputs.format.default, 'github');
    for (const name of Object.keys(readmeActionStep().with ?? {})) assert.ok(name in action.inputs, `README input ${name}`);
  });

  it('the README step: annotations and exit status as the CLI, a summary table per document, the SARIF file', () => {
    const step = readmeActionStep();
    assert.strictEqual(step.uses, `postmortem-author/postmortem-author@v${MANIFEST.version}`);
    const inputs = step.with ?? {};
    const r = runAction(workspace, inputs);
    const now = r.outputs.now;
    assert.ok(now && !Number.isNaN(Date.parse(now)), `the now output: ${now}`);
    // The same command line by hand, at the clock the action used.
    const args = ['--max-warnings', String(inputs['max-warnings']), '--now', now, '--format', 'github', ...String(inputs.paths).split(' ')];
    const cli = runCli(args, { cwd: workspace });
    assert.strictEqual(r.stdout, cli.stdout);
    assert.strictEqual(r.status, cli.code);
    assert.strictEqual(r.status, 1);
    assert.ok(r.stdout.includes('::warning file=incidents/draft%2C 50%25%3A review.md,line=16,'), r.stdout);

    const { report } = runJson(['--now', now, ...String(inputs.paths).split(' ')], workspace);
    assert.deepStrictEqual(
      { documents: r.outputs.documents, errors: r.outputs.errors, warnings: r.outputs.warnings, information: r.outputs.information },
      { documents: String(report.documents), errors: String(report.errorCount), warnings: String(report.warningCount), information: String(report.informationCount) });

    // Summary: one row per document with its counts, then one table of findings per document that has some.
    for (const f of report.files) {
      const name = f.path.replace(/[&<>|[\]*_`\\~]/g, (c) => `&#${c.charCodeAt(0)};`);
      assert.ok(r.summary.includes(`| ${name} | ${f.errorCount} | ${f.warningCount} | ${f.informationCount} |`), `row of ${f.path}:\n${r.summary}`);
      if (f.messages.length === 0) continue;
      const section = r.summary.split(`#### ${name}\n`)[1]?.split('\n#### ')[0] ?? '';
      const rows = section.split('\n').filter((l) => /^\| \d+:\d+ \|/.test(l));
      assert.deepStrictEqual(rows.map((l) => l.split(' | ')[0].slice(2)), f.messages.map((m) => `${m.line}:${m.column}`), f.path);
    }
    assert.ok(report.files.some((f) => f.messages.length > 0));

    const sarifPath = path.join(workspace, String(inputs.sarif));
    assert.strictEqual(r.outputs.sarif, sarifPath);
    const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8'));
    assertValidSarif(sarif);
    assert.strictEqual(sarif.runs[0].results.length, report.errorCount + report.warningCount + report.informationCount);
  });

  it('passes config, format and now through, and fails on warnings beyond max-warnings', () => {
    fs.writeFileSync(path.join(workspace, 'strict.yaml'), 'rules:\n  workaround: error\n');
    const inputs = { paths: 'incidents\npostmortems/suppressed', config: 'strict.yaml', format: 'json', now: '2026-11-23T12:00:00Z' };
    const r = runAction(workspace, inputs);
    const { run: cli } = runJson(['--config', 'strict.yaml', '--now', inputs.now, 'incidents', 'postmortems/suppressed'], workspace);
    assert.strictEqual(r.stdout, cli.stdout);
    assert.strictEqual(r.status, cli.code);
    assert.strictEqual(r.outputs.now, inputs.now);
    assert.ok(JSON.parse(r.stdout).files.some((f: { messages: Array<{ ruleName: string; severity: string }> }) =>
      f.messages.some((m) => m.ruleName === 'workaround' && m.severity === 'error')));

    const clean = runAction(workspace, { paths: 'incidents/2026-11-22-payments', now: '2026-11-23T12:00:00Z' });
    const limited = runAction(workspace, { paths: 'incidents/2026-11-22-payments', now: '2026-11-23T12:00:00Z', 'max-warnings': 0 });
    assert.ok(Number(clean.outputs.warnings) > 0 && clean.outputs.errors === '0', JSON.stringify(clean.outputs));
    assert.strictEqual(clean.status, 0);
    assert.strictEqual(limited.status, 1);
  });

  it('a bad input: exit 2 and an error annotation with the CLI message, escaped', () => {
    const r = runAction(workspace, { paths: 'incidents', format: 'xml' });
    assert.strictEqual(r.status, 2);
    assert.match(r.stdout, /^::error title=postmortem-lint::postmortem-lint: unknown --format "xml": use one of stylish, json, sarif, github%0A/m);
    const missing = runAction(workspace, { paths: 'no-such-folder' });
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stdout, /no such file or folder: no-such-folder/);
  });

  it('the step summary escapes what documents contain', () => {
    const dir = tempDir('action-escape');
    try {
      fs.mkdirSync(path.join(dir, 'incidents'));
      fs.cpSync(path.join(workspace, 'incidents/draft, 50%: review.md'), path.join(dir, 'incidents/a|b <img src=x> [l](u).md'));
      const r = runAction(dir, { paths: 'incidents', now: '2026-11-23T12:00:00Z' });
      assert.ok(r.summary.includes('| incidents/a&#124;b &#60;img src=x&#62; &#91;l&#93;(u).md | 0 | 1 | 1 |'), r.summary);
      assert.ok(!r.summary.includes('<img'));
    } finally {
      removeDir(dir);
    }
  });

  it('the committed bundles are a build of the current sources (npm run build:bundle)', function () {
    this.timeout(120_000);
    const fresh = tempDir('bundle');
    try {
      spawnSync(process.execPath, [path.join(ROOT, 'packaging/build.mjs'), 'bundle', '--outdir', fresh], { cwd: ROOT, encoding: 'utf8' });
      for (const file of ['action.js', 'postmortem-lint.js']) {
        const same = fs.readFileSync(path.join(fresh, file)).equals(fs.readFileSync(path.join(ROOT, 'bundle', file)));
        assert.ok(same, `bundle/${file} is stale: run npm run build:bundle and commit bundle/`);
      }
    } finally {
      removeDir(fresh);
    }
  });

  it('the example workflow uses the README step', () => {
    const workflow = parse(fs.readFileSync(path.join(ROOT, '.github/workflows/postmortem-lint.yml'), 'utf8'));
    const steps = workflow.jobs.lint.steps as Step[];
    for (const step of parse(readmeBlock('action')) as Step[]) assert.ok(steps.some((s) => JSON.stringify(s) === JSON.stringify(step)), JSON.stringify(step));
  });
});

describe('step summary', () => {
  const message = (line: number) => ({ ruleId: 'PM002', ruleName: 'impact', severity: 'warning' as const, message: 'No Impact section', line, column: 1 });
  const file = (name: string, n: number) => ({ path: name, errorCount: 0, warningCount: n, informationCount: 0, messages: Array.from({ length: n }, (_, i) => message(i + 1)) });
  const report = (files: JsonReport['files']): JsonReport => ({
    tool: { name: 'postmortem-lint', version: '0.1.0' }, documents: files.length, errorCount: 0,
    warningCount: files.reduce((n, f) => n + f.messages.length, 0), informationCount: 0, files,
  });

  it('lists every finding when it fits', () => {
    const text = stepSummary(report([file('a.md', 2), file('b.md', 3)]));
    assert.strictEqual(text.split('\n').filter((l) => l.includes('No Impact section')).length, 5);
    assert.ok(!text.includes('more findings'));
  });

  it('stops the finding tables at the size limit and says how many are left', () => {
    const full = stepSummary(report([file('a.md', 2), file('b.md', 3)]));
    const limited = stepSummary(report([file('a.md', 2), file('b.md', 3)]), full.length - 10);
    assert.ok(limited.includes('#### a.md') && !limited.includes('#### b.md'), limited);
    assert.ok(limited.includes('3 more findings are not listed here'));
    assert.ok(limited.includes('| b.md | 0 | 3 | 0 |'), 'the document table stays whole');
  });
});
