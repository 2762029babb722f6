// Long `vendors` lists (vendor-blame's configured names): the cost of the first lint, which builds the name matcher,
// and of the next ones, for 1,000 to 50,000 names; and, for scale, what one regex alternation of the same names costs
// to build and run (the matcher before names got their trie: 50,000 names took 26 s and 1.5 GB).
// Each case runs in a process of its own (fresh caches and heap). Prints figures only.
// Run: npx tsx bench/vendors.bench.ts   (also run by `npm run bench`).
import { spawnSync } from 'child_process';
import { performance } from 'perf_hooks';
import { lint } from '../src/core/engine/index';
import { mergeConfig } from '../src/core/config/index';
import { PhraseSet } from '../src/core/text/phrase-set';
import { prepare } from '../src/core/text';
import { generateIncident } from './generate';

const NOW = Date.parse('2027-06-01T00:00:00Z');
const RESULT = '__VENDORS_BENCH_RESULT__';
const LINT_SIZES = [0, 1_000, 10_000, 50_000];
const REGEX_SIZES = [500, 1_000, 2_000];

/** Distinct made-up names of one or two words, a few of which the document names. */
function vendorNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `Vendor${i.toString(36)} Cloud` : `Hostco${i.toString(36)}`));
}

interface Result { firstMs: number; firstCpuMs: number; nextMs: number; rssMb: number; findings: number }

/** Wall and CPU milliseconds of `fn` (CPU time holds still when other processes share the cores). */
function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function lintCase(count: number): Result {
  const vendors = vendorNames(count);
  const text = `${generateIncident(10 * 1024)}\n\nThe outage was caused by ${vendors[count - 1]}, and ${vendors[count >> 1]} went down.\n`;
  const config = mergeConfig(undefined, { rules: { 'vendor-blame': { severity: 'warning', vendors } } });
  const rss0 = process.memoryUsage().rss;
  const first = timed(() => lint(text, { now: NOW, config }));
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  const next = timed(() => lint(text, { now: NOW, config }));
  const findings = first.value.findings.filter((f) => f.ruleId === 'PM007').length;
  return { firstMs: first.ms, firstCpuMs: first.cpuMs, nextMs: next.ms, rssMb, findings };
}

function regexCase(count: number): Result {
  const names = vendorNames(count);
  const text = prepare(`The outage was caused by ${names[count - 1]}. `.repeat(20));
  const rss0 = process.memoryUsage().rss;
  // All names as phrases: one regex alternation, as every name was compiled before.
  const first = timed(() => {
    const set = new PhraseSet(names);
    return { set, hits: set.all(text).length };
  });
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  const next = timed(() => first.value.set.all(text));
  return { firstMs: first.ms, firstCpuMs: first.cpuMs, nextMs: next.ms, rssMb, findings: first.value.hits };
}

function inChild(kind: string, count: number): Result | string {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--case', kind, String(count)], { encoding: 'utf8' });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT));
  return line ? (JSON.parse(line.slice(RESULT.length)) as Result) : `failed: ${(r.stderr ?? '').trim().split('\n').pop()}`;
}

function row(label: string, r: Result | string): string {
  if (typeof r === 'string') return `${label.padEnd(34)} ${r}`;
  return `${label.padEnd(34)} first ${r.firstMs.toFixed(0).padStart(6)} ms (cpu ${r.firstCpuMs.toFixed(0).padStart(6)} ms)   next ${r.nextMs.toFixed(1).padStart(7)} ms   rss +${r.rssMb.toFixed(0).padStart(4)} MB   hits ${r.findings}`;
}

const at = process.argv.indexOf('--case');
if (at !== -1) {
  const count = Number(process.argv[at + 2]);
  console.log(RESULT + JSON.stringify(process.argv[at + 1] === 'lint' ? lintCase(count) : regexCase(count)));
} else {
  console.log('lint of a 10 KB incident with a configured vendors list (names matched by a trie):');
  for (const n of LINT_SIZES) console.log(row(`  ${n.toLocaleString('en')} names`, inChild('lint', n)));
  console.log('the same names as one regex alternation (build and first search of 20 sentences), for scale:');
  for (const n of REGEX_SIZES) console.log(row(`  ${n.toLocaleString('en')} names`, inChild('regex', n)));
}
