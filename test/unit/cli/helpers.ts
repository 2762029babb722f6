// Shared by the CLI tests: build the bundle when it is missing or older than the sources, run it as a process,
// copy fixture trees to a temp folder.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli/postmortem-lint.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
/** Deadline rules are checked against this time unless a test says otherwise. */
export const NOW = '2026-11-23T12:00:00Z';

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The same options as the CLI bundle of esbuild.js. */
export function buildCli(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outfile: CLI,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'], // as esbuild.js: jsonc-parser's UMD build hides its requires from esbuild
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
  fs.chmodSync(CLI, 0o755);
}

let built = false;
export function ensureBuilt(): void {
  if (built) return;
  const stale = !fs.existsSync(CLI) || fs.statSync(CLI).mtimeMs < newestSource(path.join(ROOT, 'src'));
  if (stale) buildCli();
  built = true;
}

export interface CliRun { code: number | null; stdout: string; stderr: string }

export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } ): CliRun {
  ensureBuilt();
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh copy of a fixture tree (tests that write, or add files, never touch the repository). */
export function copyFixture(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pm-cli-${name}-`));
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface JsonMessage {
  ruleId: string | null; ruleName: string | null; severity: string; message: string;
  line: number; column: number; endLine: number; endColumn: number; fixable: boolean; docsUrl?: string;
}
export interface JsonFile {
  path: string; errorCount: number; warningCount: number; informationCount: number;
  messages: JsonMessage[]; fixed: Array<{ ruleId: string; ruleName: string; title: string }>; fixSkipped?: string;
}
export interface JsonReport {
  tool: { name: string; version: string }; now: string; documents: number;
  errorCount: number; warningCount: number; informationCount: number; fixableCount: number; files: JsonFile[];
}

export function runJson(args: string[], cwd: string): { run: CliRun; report: JsonReport } {
  const run = runCli([...args, '--format', 'json'], { cwd });
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { run, report };
}

let sarifValidator: ((log: unknown) => boolean) & { errors?: unknown } | undefined;

/**
 * Validates against the OASIS SARIF 2.1.0 schema (2.1.0-rtm.5, kept under test/fixtures/sarif). The schema is
 * draft-04; ajv 8 reads it once `id` is spelled `$id` (it uses no other draft-04-only keyword, e.g. no boolean
 * exclusiveMinimum). One of its patterns is not valid with the `u` flag, hence unicodeRegExp: false.
 */
export function assertValidSarif(log: unknown): void {
  if (!sarifValidator) {
    const schemaPath = path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json');
    const { $schema: draft, id, ...schema } = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
    assert.ok(draft && id, 'the schema file is the draft-04 OASIS schema');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidator = ajv.compile({ ...schema, $id: id });
  }
  assert.ok(sarifValidator(log), JSON.stringify(sarifValidator.errors, null, 2));
}

/** The uid of an unprivileged user to run the CLI as, when this process is root and can switch (setpriv). */
export function unprivilegedUid(): number | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
  return probe.status === 0 ? 65534 : undefined;
}

/** Runs the CLI as another user (uid = gid), e.g. to see what mode bits and EACCES do for someone who is not root. */
export function runCliAs(uid: number, args: string[], cwd: string): CliRun {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  const r = spawnSync('setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, sharedCli(), ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  assert.ok(r.stdout !== '' || r.status === 0, `the CLI as uid ${uid} printed nothing (exit ${r.status}): ${r.stderr}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let sharedCliPath: string | undefined;
/**
 * The CLI bundle copied where any user can read it: the checkout may sit in a folder only root may enter (a clone in
 * a `mktemp -d` folder is mode 700), and the bundle needs nothing beside it.
 */
function sharedCli(): string {
  ensureBuilt();
  if (sharedCliPath && fs.existsSync(sharedCliPath)) return sharedCliPath;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-shared-'));
  fs.chmodSync(dir, 0o755);
  sharedCliPath = path.join(dir, 'postmortem-lint.js');
  fs.copyFileSync(CLI, sharedCliPath);
  fs.chmodSync(sharedCliPath, 0o644);
  return sharedCliPath;
}
