// One run of postmortem-lint: options in, report text and exit code out. I/O is limited to the files it lints and
// what it is handed (streams, clock), so the entry point stays a few lines.
import * as fs from 'fs';
import * as path from 'path';
import type { CliOptions } from './args';
import { HELP, UsageError } from './args';
import { CliConfigs } from './config';
import { allRules } from './core';
import { findFiles, displayPath } from './files';
import { FORMATTERS } from './format/index';
import type { RunSummary } from './format/index';
import type { Job } from './pool';
import { lintParallel, lintSerial, workersFor } from './pool';
import { Progress } from './progress';
import type { FileReport } from './report';
import { count, fileProblem, fromFinding, sortMessages } from './report';

export interface RunEnv {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** The real clock (the entry point's Date.now), for the default --now and the progress line. */
  clock: () => number;
  version: string;
  /** The script started as a worker for parallel linting (the CLI bundle itself). */
  script: string;
  /** Called once documents were linted (the shipped bundle then keeps the code this run compiled: main.ts). */
  linted?: () => void;
}

export async function run(opts: CliOptions, env: RunEnv): Promise<number> {
  if (opts.help) { env.stdout.write(HELP); return 0; }
  if (opts.version) { env.stdout.write(`${env.version}\n`); return 0; }

  const now = opts.now ?? env.clock();
  const configs = await CliConfigs.create(opts.config, env.cwd);
  const { candidates, unreadable } = await findFiles(opts.patterns, opts.ignore, env.cwd);
  const jobs: Job[] = [];
  for (const c of candidates) jobs.push({ ...c, configId: await configs.configFor(c.absPath) });

  const progress = new Progress(jobs.length, env.stderr, env.clock);
  const init = { configs: configs.set.configs, now, fix: opts.fix };
  const workers = workersFor(jobs, opts.parallel);
  // How the run was split, for diagnosing CI machines (and for the tests: the automatic choice on a large tree).
  if (env.env.POSTMORTEM_LINT_DEBUG) env.stderr.write(`postmortem-lint: ${jobs.length} files, ${workers > 0 ? `this thread and ${workers} worker threads` : 'serial'}\n`);
  const raw = workers > 0
    ? await lintParallel(env.script, jobs, init, workers, (n) => progress.update(n))
    : lintSerial(jobs, init, (n) => progress.update(n));
  progress.done();

  const documents = raw.filter((r): r is FileReport => r !== undefined);
  if (documents.length > 0) env.linted?.();
  const unread: FileReport[] = unreadable.map((u) => ({
    path: u.path, absPath: u.absPath, messages: [fileProblem(`cannot read: ${u.reason}`)], fixed: [], unchecked: true,
  }));
  let reports: FileReport[] = [...documents, ...unread, ...configReports(configs.set.problems, env.cwd)]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const totals = count(reports);
  if (opts.quiet) reports = reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') }));

  const summary: RunSummary = {
    reports,
    documents: documents.filter((r) => !r.unchecked).length,
    rules: allRules,
    version: env.version,
    cwd: env.cwd,
    now,
    fix: opts.fix,
    color: useColor(opts, env),
    maxWarnings: opts.maxWarnings,
  };
  const text = FORMATTERS[opts.format](summary);
  if (opts.output) {
    const out = path.resolve(env.cwd, opts.output);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text);
    } catch (e) {
      throw new UsageError(`cannot write --output ${opts.output}: ${(e as Error).message}`);
    }
  } else {
    env.stdout.write(text);
  }
  if (reports.length === 0 && opts.format === 'stylish') env.stderr.write(`postmortem-lint: no postmortem documents found (markdown files with a \`kind\` in their front matter)\n`);
  const tooManyWarnings = opts.maxWarnings >= 0 && totals.warnings > opts.maxWarnings;
  return totals.errors > 0 || tooManyWarnings ? 1 : 0;
}

function configReports(problems: Map<string, import('./core').Finding[]>, cwd: string): FileReport[] {
  return [...problems].map(([abs, findings]) => ({
    path: displayPath(cwd, abs),
    absPath: abs,
    messages: sortMessages(findings.map(fromFinding)),
    fixed: [],
  }));
}

/** Colour: forced by --color/--no-color; otherwise only on a terminal, never into a file, and never with NO_COLOR. */
function useColor(opts: CliOptions, env: RunEnv): boolean {
  if (opts.color !== undefined) return opts.color;
  if (opts.output) return false;
  if (env.env.NO_COLOR !== undefined && env.env.NO_COLOR !== '') return false;
  return !!env.stdout.isTTY;
}
