// The tools the CLI bench measures besides markdownlint-cli2 (textlint with alex and write-good) are not root
// devDependencies: alex alone pulls some 650 packages into every `npm ci`. They are pinned in bench/tools/package.json
// with its own lockfile and installed on first use into bench/tools/node_modules (git-ignored), as the integration
// runtime is (test/integration/lib/runtime.mjs). An install that fails (an offline machine) is reported as a reason to
// skip those rows, never as a failure of the bench.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const toolsDir = path.join(__dirname, 'tools');
export const toolsModules = path.join(toolsDir, 'node_modules');
const stamp = path.join(toolsModules, '.pm-installed');
const lock = path.join(toolsDir, '.install-lock');
const log = path.join(toolsDir, 'npm-ci.log');

/** The executable `name` of the installed tools. */
export const toolBin = (name: string) => path.join(toolsModules, '.bin', name);

const lockHash = () => createHash('sha256').update(fs.readFileSync(path.join(toolsDir, 'package-lock.json'))).digest('hex');

function installed(): boolean {
  try {
    return fs.readFileSync(stamp, 'utf8').trim() === lockHash() && fs.existsSync(toolBin('textlint'));
  } catch {
    return false;
  }
}

/** Another bench may be installing right now: wait for its lock (stale after 10 min). */
async function acquireLock(): Promise<void> {
  for (let waited = 0; ; waited += 2) {
    try {
      fs.mkdirSync(lock);
      return;
    } catch { /* held */ }
    if (waited === 0) console.log('bench tools: another run is installing them, waiting');
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > 10 * 60000) fs.rmSync(lock, { recursive: true, force: true });
    } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Installs the pinned tools if they are not (`npm ci`, exactly the lockfile). Undefined when ready, else why not. */
export async function ensureBenchTools(): Promise<string | undefined> {
  if (installed()) return undefined;
  await acquireLock();
  try {
    if (installed()) return undefined;
    const t0 = Date.now();
    console.log('bench tools: installing textlint 15.8.0, textlint-rule-alex 5.0.0, textlint-rule-write-good 2.0.0 into bench/tools (npm ci, about 1 min, once)');
    // None of these packages has an install script: none is run.
    const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: toolsDir, encoding: 'utf8', timeout: 10 * 60000, maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_fetch_retries: process.env.npm_config_fetch_retries ?? '1' },
    });
    if (r.error || r.status !== 0) {
      const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
      fs.writeFileSync(log, output);
      const last = output.trim().split('\n').filter((l) => /err/i.test(l)).slice(0, 3).join(' / ') || (r.error?.message ?? `exit ${r.status ?? r.signal}`);
      console.log('bench tools: the install failed; the rows of these tools will be skipped');
      return `npm ci in bench/tools failed (offline? log: bench/tools/npm-ci.log): ${last}`;
    }
    fs.writeFileSync(stamp, lockHash() + '\n');
    console.log(`bench tools: installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return undefined;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
