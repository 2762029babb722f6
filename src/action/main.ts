// Entry point of the GitHub Action (action.yml runs bundle/action.js, this file bundled). It runs the CLI bundle shipped
// next to it (bundle/postmortem-lint.js) as a workflow step would run `postmortem-lint`, so the action reports exactly
// what the CLI reports: the chosen format on standard output (annotations by default) and the CLI's exit status; then
// the SARIF file, the step summary and the step outputs from the CLI's own JSON report.
import { spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { escapeData } from '../cli/format/github';
import type { ActionInputs } from './inputs';
import { cliArguments, readInputs } from './inputs';
import type { JsonReport } from './summary';
import { stepSummary } from './summary';

const CLI = path.join(__dirname, 'postmortem-lint.js');

interface CliRun { status: number; stderr: string }

/** One run of the CLI bundle with this Node; standard output is the step's log unless `quiet`. */
function runCli(args: string[], cwd: string, quiet: boolean): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.stderr) process.stderr.write(r.stderr);
  return { status: r.status ?? 2, stderr: r.stderr ?? '' };
}

function appendFileIfSet(file: string | undefined, text: string): void {
  if (file) fs.appendFileSync(file, text);
}

/** Step outputs in the runner's multi-line form, with a delimiter no value can contain. */
function setOutputs(values: Record<string, string>): void {
  const delimiter = `pm_${randomUUID()}`;
  appendFileIfSet(process.env.GITHUB_OUTPUT,
    Object.entries(values).map(([k, v]) => `${k}<<${delimiter}\n${v}\n${delimiter}\n`).join(''));
}

function jsonReport(inputs: ActionInputs, cwd: string): JsonReport {
  const dir = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'postmortem-lint-'));
  try {
    const file = path.join(dir, 'report.json');
    runCli(cliArguments({ ...inputs, maxWarnings: '' }, '--format', 'json', '--output', file), cwd, true);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as JsonReport;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function main(): number {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs(process.env);
  // One clock for every run below, so the annotations, the summary and the SARIF file agree on deadlines.
  const fixed: ActionInputs = { ...inputs, now: inputs.now || new Date().toISOString() };
  const primary = runCli(cliArguments(fixed, '--format', inputs.format), cwd, false);
  if (primary.status === 2) {
    // A usage or configuration error: the CLI said why on standard error; make it the step's annotation too.
    process.stdout.write(`::error title=postmortem-lint::${escapeData(primary.stderr.trim() || 'postmortem-lint failed')}\n`);
    return 2;
  }
  const report = jsonReport(fixed, cwd);
  appendFileIfSet(process.env.GITHUB_STEP_SUMMARY, stepSummary(report));
  if (inputs.sarif) {
    runCli(cliArguments({ ...fixed, maxWarnings: '' }, '--format', 'sarif', '--output', inputs.sarif), cwd, true);
  }
  setOutputs({
    documents: String(report.documents),
    errors: String(report.errorCount),
    warnings: String(report.warningCount),
    information: String(report.informationCount),
    sarif: inputs.sarif ? path.resolve(cwd, inputs.sarif) : '',
    now: fixed.now,
  });
  return primary.status;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stdout.write(`::error title=postmortem-lint::${escapeData(`the action failed: ${(e as Error)?.stack ?? String(e)}`)}\n`);
  process.exitCode = 2;
}
