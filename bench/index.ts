// `npm run bench`: runs every bench/*.bench.ts, one after the other, each in its own process (a bench is a standalone
// script that prints its own report), so one bench's warm caches or failure do not skew or stop the others.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const dir = __dirname;
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
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
if (failed.length > 0) console.log(`\nbenches that did not complete: ${failed.join(', ')}`);
// A report, not a gate: figures and ratios above, the exit code stays 0.
