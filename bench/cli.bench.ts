// postmortem-lint as users run it, whole processes, against markdownlint-cli2 (the anchor) in the same run, on the
// bench corpus (bench/corpus: varied incident updates and reports in five languages, good and sloppy):
// - start-up: one document, as a pre-commit hook or an editor's "lint this file" runs it (the first run, which writes
//   the CLI's code cache, and then nine);
// - throughput: the whole corpus tree, with the automatic choice, --serial and --parallel (the worker pool's gain or
//   loss against serial);
// - the prose linter users reach for: textlint 15 with alex and write-good on the same tree, in the same run (slow:
//   one run unless PM_TEXTLINT_RUNS says more), with its finding count for context. It is installed on first use into
//   bench/tools (bench/tools.ts); where that install fails (offline) its rows are skipped with the reason.
// The machine is shared and noisy: every figure is the minimum and the median of repeated runs, wall time and cpu time
// (user + system of the process and its threads, from the kernel's child accounting). Figures and ratios only.
// Run: npx tsx bench/cli.bench.ts [documents] [runs]   (also run by `npm run bench`; PM_TEXTLINT_RUNS=0 leaves textlint out)
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { writeCorpus } from './corpus/index';
import { median } from './measure';
import { ensureBenchTools, toolBin, toolsModules } from './tools';

const ROOT = path.resolve(__dirname, '..');
const NOW = '2026-11-23T12:00:00Z';
const TICKS = 100; // USER_HZ: /proc's child times are in these

/** Cpu seconds of every child process reaped so far (user + system), or undefined where /proc is missing. */
function childCpu(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3 of the full line, cutime 16 and cstime 17.
    return (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    return undefined;
  }
}

interface Sample { wall: number; cpu?: number }

/** The environment of every run: set by `run` (the CLI's code cache in the bench's own folder). */
let benchEnv: NodeJS.ProcessEnv = process.env;

function runOnce(cmd: string, args: string[], cwd: string): Sample {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, env: benchEnv, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const cpu1 = childCpu();
  return { wall, cpu: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
}

interface Figures { wallMin: number; wallMed: number; cpuMin?: number; cpuMed?: number }

/** `runs` runs of each command, interleaved (so a burst of load on the machine hits all of them alike). */
function compare(commands: Record<string, [string, string[]]>, cwd: string, runs: number): Record<string, Figures> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, [cmd, args]] of Object.entries(commands)) samples[k].push(runOnce(cmd, args, cwd));
  return Object.fromEntries(Object.entries(samples).map(([k, s]) => {
    const cpus = s.map((x) => x.cpu).filter((x): x is number => x !== undefined);
    return [k, {
      wallMin: Math.min(...s.map((x) => x.wall)), wallMed: median(s.map((x) => x.wall)),
      cpuMin: cpus.length ? Math.min(...cpus) : undefined, cpuMed: cpus.length ? median(cpus) : undefined,
    }];
  }));
}

const sec = (x: number | undefined) => (x === undefined ? '     -' : x.toFixed(3).padStart(7));
const row = (label: string, f: Figures) =>
  console.log(`  ${label.padEnd(34)} wall ${sec(f.wallMin)} s min ${sec(f.wallMed)} s median   cpu ${sec(f.cpuMin)} s min ${sec(f.cpuMed)} s median`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}×`);

const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');

/** The production CLI bundle (minified, as shipped), freshly built from the sources into `dir`. */
function buildCli(dir: string): string {
  execFileSync(process.execPath, [path.join(ROOT, 'esbuild.js'), '--production', '--outdir', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(dir, 'cli/postmortem-lint.js');
}

/** What textlint found, from its `--format json` report: findings, files with some, by rule, the commonest messages. */
function textlintFindings(report: string): string {
  const files = JSON.parse(fs.readFileSync(report, 'utf8')) as Array<{ messages: Array<{ ruleId?: string; message: string }> }>;
  const messages = files.flatMap((f) => f.messages);
  const count = (key: (m: { ruleId?: string; message: string }) => string) => {
    const n = new Map<string, number>();
    for (const m of messages) n.set(key(m), (n.get(key(m)) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1]);
  };
  const byRule = count((m) => m.ruleId ?? '?').map(([k, n]) => `${k} ${n}`).join(', ');
  const common = count((m) => m.message).slice(0, 3).map(([k, n]) => `${n}× ${k}`).join('; ');
  return `${messages.length} findings in ${files.filter((f) => f.messages.length > 0).length} of ${files.length} files (${byRule}); commonest: ${common}`;
}

export async function run(count = Number(process.env.PM_CLI_BENCH_COUNT ?? 2500), runs = 3): Promise<void> {
  // Before anything is measured, so that an install does not load the machine during a measurement.
  const textlintRuns = Number(process.env.PM_TEXTLINT_RUNS ?? 1);
  const textlintSkipped = textlintRuns > 0 ? await ensureBenchTools() : 'PM_TEXTLINT_RUNS=0';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-bench-'));
  try {
    const cli = buildCli(path.join(dir, 'build'));
    const tree = path.join(dir, 'corpus');
    const { bytes, files } = writeCorpus(tree, count);
    const mdl = path.join(ROOT, 'node_modules/.bin/markdownlint-cli2');
    const out = path.join(dir, 'report.json');
    const ours = (...extra: string[]): [string, string[]] => [process.execPath, [cli, '--now', NOW, '--format', 'json', '--output', out, ...extra]];
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    // The shipped CLI keeps its compiled code in a per-user cache: here a folder of the bench's own, empty at first.
    benchEnv = { ...process.env, POSTMORTEM_LINT_CACHE: path.join(dir, 'code-cache') };
    console.log(`cli bench: the bench corpus, ${count} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${cores} cores, load average ${loadAverage()}`);

    // Start-up: one document of the corpus, many runs (each is short).
    const first = files[0];
    const node = compare({ node: [process.execPath, ['-e', '0']] }, tree, 5).node;
    const cold = compare({ ours: ours(first) }, tree, 1).ours;
    const start = compare({ ours: ours(first), mdl: [mdl, [first]] }, tree, 9);
    console.log(`start-up: one document, min and median of 9 runs (node alone: wall ${node.wallMin.toFixed(3)} s, cpu ${sec(node.cpuMin).trim()} s)`);
    row('postmortem-lint, first run', cold);
    row('postmortem-lint', start.ours);
    row('markdownlint-cli2', start.mdl);
    console.log(`  postmortem-lint / markdownlint-cli2: wall ${ratio(start.ours.wallMin, start.mdl.wallMin)} (min), ` +
      `${ratio(start.ours.wallMed, start.mdl.wallMed)} (median); cpu ${ratio(start.ours.cpuMin, start.mdl.cpuMin)} (min)`);

    // Throughput: the whole tree.
    const all = compare({ auto: ours(), serial: ours('--serial'), parallel: ours('--parallel'), mdl: [mdl, ['**/*.md']] }, tree, runs);
    console.log(`throughput: ${count} documents, min and median of ${runs} runs`);
    row('postmortem-lint (automatic)', all.auto);
    row('postmortem-lint --serial', all.serial);
    row('postmortem-lint --parallel', all.parallel);
    row('markdownlint-cli2 "**/*.md"', all.mdl);
    console.log(`  cpu postmortem-lint / markdownlint-cli2: ${ratio(all.auto.cpuMin, all.mdl.cpuMin)} (min), ${ratio(all.auto.cpuMed, all.mdl.cpuMed)} (median)`);
    console.log(`  wall markdownlint-cli2 / postmortem-lint: ${ratio(all.mdl.wallMin, all.auto.wallMin)} (min), ${ratio(all.mdl.wallMed, all.auto.wallMed)} (median)`);
    console.log(`  worker pool against serial: wall ${ratio(all.parallel.wallMed, all.serial.wallMed)}, cpu ${ratio(all.parallel.cpuMed, all.serial.cpuMed)} (medians; below 1× the pool wins)`);
    const split = spawnSync(process.execPath, [cli, '--now', NOW, '--format', 'json', '--output', out], { cwd: tree, env: { ...benchEnv, POSTMORTEM_LINT_DEBUG: '1' }, encoding: 'utf8' });
    console.log(`  the automatic choice now: ${(/\d+ files, (.*)/.exec(split.stderr)?.[1] ?? split.stderr.trim())} (it counts idle cores: load average ${loadAverage()})`);

    // The prose linter: textlint with alex and write-good, configured in the tree as a user would.
    if (textlintSkipped !== undefined) {
      console.log(`textlint 15 (alex + write-good): skipped: ${textlintSkipped}`);
    } else {
      fs.writeFileSync(path.join(tree, '.textlintrc.json'), JSON.stringify({ rules: { alex: true, 'write-good': true } }, null, 2) + '\n');
      const report = path.join(dir, 'textlint.json');
      const tl = compare({ textlint: [toolBin('textlint'), ['--rules-base-directory', toolsModules, '--format', 'json', '--output-file', report, '**/*.md']] }, tree, textlintRuns).textlint;
      console.log(`textlint 15 (alex + write-good): ${count} documents, min and median of ${textlintRuns} run${textlintRuns === 1 ? '' : 's'} (load average ${loadAverage()})`);
      row('textlint "**/*.md"', tl);
      console.log(`  textlint / postmortem-lint (automatic): wall ${ratio(tl.wallMed, all.auto.wallMed)}, cpu ${ratio(tl.cpuMed, all.auto.cpuMed)} (medians)`);
      console.log(`  textlint / markdownlint-cli2: wall ${ratio(tl.wallMed, all.mdl.wallMed)}, cpu ${ratio(tl.cpuMed, all.mdl.cpuMed)} (medians)`);
      console.log(`  textlint found ${textlintFindings(report)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run(process.argv[2] ? Number(process.argv[2]) : undefined, process.argv[3] ? Number(process.argv[3]) : undefined).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
