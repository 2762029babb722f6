// `npm run bench`: runs every bench/*.bench.ts, one after the other, each in its own process (a bench is a standalone
// script that prints its own report), so one bench's warm caches or failure do not skew or stop the others; then, last,
// the editor bench (bench/editor/run.mjs, also `npm run bench:editor` alone) in its own process: the real VS Code in
// code-server, fewer windows than its own defaults (PM_EDITOR_BENCH_ARGS replaces them; PM_EDITOR_BENCH=0 leaves it
// out). Without Chromium or code-server it says so in one line and prints the in-process floor only.
//   npm run bench [name ...]   only the benches whose file name holds a name ("editor" for the editor bench)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const dir = __dirname;
const only = process.argv.slice(2);
const selected = (name: string) => only.length === 0 || only.some((o) => name.includes(o));
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter(selected)
  // The core lint bench first: it is the one the targets of the issue are about.
  .sort((a, b) => (a === 'lint.bench.ts' ? -1 : b === 'lint.bench.ts' ? 1 : a.localeCompare(b)));

const tsx = require.resolve('tsx/cli');
const failed: string[] = [];
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [tsx, path.join(dir, f)], { stdio: 'inherit', cwd: path.join(dir, '..') });
  if (r.status !== 0) failed.push(`${f} (exit ${r.status ?? r.signal})`);
  console.log(`--- ${f}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
const EDITOR = 'editor/run.mjs';
if (process.env.PM_EDITOR_BENCH !== '0' && selected(EDITOR)) {
  // Three example windows (activation, 3 KB keystrokes), one 10 KB, one 1 MB, one on 2,000 and one on 5,000 incidents.
  const args = (process.env.PM_EDITOR_BENCH_ARGS ?? '--runs 3 --many-runs 1').split(/\s+/).filter(Boolean);
  console.log(`\n=== ${EDITOR} ${args.join(' ')} ===`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [tsx, path.join(dir, EDITOR), ...args], { stdio: 'inherit', cwd: path.join(dir, '..') });
  if (r.status !== 0) failed.push(`${EDITOR} (exit ${r.status ?? r.signal})`);
  console.log(`--- ${EDITOR}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
if (failed.length > 0) console.log(`\nbenches that did not complete: ${failed.join(', ')}`);
// A report, not a gate: figures and ratios above, the exit code stays 0.
