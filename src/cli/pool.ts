// Parallel linting with worker_threads, this thread linting too. Files go out in chunks and come back by index, so
// the output is the same, in the same order, as a serial run. Workers only where the work pays for their start-up.
import * as fs from 'fs';
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { Config } from './core';
import type { FileTask } from './lint-file';
import { lintFile } from './lint-file';
import type { FileReport } from './report';

export const WORKER_MARK = 'postmortem-lint-worker';
/** Files per message to a worker; this thread takes smaller bites, so it answers the workers' replies promptly. */
const CHUNK = 32;
const LOCAL_CHUNK = 4;
/** Chunks a worker holds at once: it starts the next while its reply travels and this thread is busy linting. */
const IN_FLIGHT = 2;

/**
 * Bytes of Markdown per worker below which a worker costs more than it saves. A worker pays again what this thread
 * already paid: loading the bundle, compiling the phrase lists, and above all warming up V8's compilers on the lint
 * code. Measured in instructions (callgrind, production bundle, 358 bench corpus documents, 1.5 MB): --serial 7,653 M,
 * --parallel with one worker 11,410 M, so a worker costs about what linting 0.85 MB serially does. With 2 MB per
 * thread, two idle cores finish in about (2 + 0.85) / 2 = 1.4 units of time instead of 2.
 */
export const BYTES_PER_WORKER = 2 * 1024 * 1024;
const MAX_THREADS = 8;

export interface Job { absPath: string; path: string; configId: number }
export interface WorkerInit { mark: typeof WORKER_MARK; configs: Config[]; now: number; fix: boolean }
interface Request { id: number; jobs: Job[] }
interface Reply { id: number; reports?: Array<FileReport | null>; error?: string }

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Cores nobody else is using: the cores less the last minute's load average (0 where the system reports none, as on
 * Windows). A worker on a busy core takes turns with the rest of the load: it adds its start-up to the cpu time and
 * wins no wall time.
 */
export function idleCores(): number {
  const n = cores();
  const load = os.loadavg()[0];
  return Number.isFinite(load) && load > 0 ? Math.max(0, n - load) : n;
}

/** Bytes of the jobs' files, counted up to `enough` (a file that cannot be read counts nothing: it is quick). */
function workBytes(jobs: readonly Job[], enough: number): number {
  let bytes = 0;
  for (const job of jobs) {
    try { bytes += fs.statSync(job.absPath).size; } catch { /* reported when linted */ }
    if (bytes >= enough) break;
  }
  return bytes;
}

/**
 * Worker threads to start besides this one, which lints too (0: lint serially). `forced`: --parallel (at least one
 * worker) or --serial (none). Automatically: one per BYTES_PER_WORKER of work, up to the idle cores this thread
 * leaves (`idle`: idleCores(), rounded).
 */
export function workersFor(jobs: readonly Job[], forced?: boolean, idle = idleCores()): number {
  if (forced === false) return 0;
  const spare = Math.min(cores(), MAX_THREADS) - 1;
  if (forced === true) return Math.max(1, spare);
  const free = Math.min(spare, Math.round(idle) - 1);
  if (free < 1 || jobs.length < 2) return 0;
  return Math.min(free, Math.floor(workBytes(jobs, (free + 1) * BYTES_PER_WORKER) / BYTES_PER_WORKER));
}

function task(job: Job, init: Omit<WorkerInit, 'mark'>): FileTask {
  return { absPath: job.absPath, path: job.path, config: init.configs[job.configId], now: init.now, fix: init.fix };
}

export function lintSerial(jobs: readonly Job[], init: Omit<WorkerInit, 'mark'>, onDone: (n: number) => void): Array<FileReport | undefined> {
  return jobs.map((job, i) => {
    const r = lintFile(task(job, init));
    onDone(i + 1);
    return r;
  });
}

/**
 * Lints in `workers` worker threads and in this thread, which takes small chunks between the workers' replies: it is
 * already warm, and it keeps the work going while the workers start. `script`: the bundle itself (it runs `workerMain`
 * when started as a worker). Reports come back by index, in the order of `jobs`.
 */
export async function lintParallel(script: string, jobs: readonly Job[], init: Omit<WorkerInit, 'mark'>, workers: number,
  onDone: (n: number) => void): Promise<Array<FileReport | undefined>> {
  const results: Array<FileReport | undefined> = new Array(jobs.length);
  let next = 0; // first job not handed out yet
  let done = 0;
  let failure: Error | undefined;
  const threads: Worker[] = [];
  const retired = new Set<Worker>();
  let wake: (() => void) | undefined;
  const settle = () => { const w = wake; wake = undefined; w?.(); };
  const fail = (e: Error) => {
    failure ??= e;
    settle();
  };
  // Chunks shrink towards the end, so no thread is left with a long tail while the others wait.
  const take = (most: number): Request | undefined => {
    if (next >= jobs.length) return undefined;
    const n = Math.max(LOCAL_CHUNK, Math.min(most, Math.floor((jobs.length - next) / (2 * (workers + 1)))));
    const req = { id: next, jobs: jobs.slice(next, next + n) };
    next += req.jobs.length;
    return req;
  };
  const record = (id: number, reports: Array<FileReport | null | undefined>) => {
    reports.forEach((r, k) => { results[id + k] = r ?? undefined; });
    done += reports.length;
    onDone(done);
    if (done === jobs.length) settle();
  };
  const data: WorkerInit = { mark: WORKER_MARK, ...init };
  for (let t = 0; t < workers && jobs.length > 0; t++) {
    const w = new Worker(script, { workerData: data });
    threads.push(w);
    let held = 0;
    let started = false; // one chunk until the worker's first reply: a starting worker should not sit on a queue
    const feed = () => {
      while (held < (started ? IN_FLIGHT : 1)) {
        const req = take(CHUNK);
        if (!req) break;
        w.postMessage(req);
        held++;
      }
      if (held === 0) {
        retired.add(w);
        void w.terminate();
      }
    };
    w.on('message', (reply: Reply) => {
      held--;
      started = true;
      if (reply.error !== undefined) return fail(new Error(reply.error));
      record(reply.id, reply.reports!);
      feed();
    });
    w.on('error', fail);
    w.on('exit', (code) => { if (!retired.has(w)) fail(new Error(`a lint worker stopped unexpectedly (exit code ${code})`)); });
    feed();
  }
  try {
    // This thread's share: a small chunk, then a turn of the event loop for the workers' replies.
    let req: Request | undefined;
    while (!failure && (req = take(LOCAL_CHUNK)) !== undefined) {
      const id = req.id;
      record(id, req.jobs.map((job) => lintFile(task(job, init))));
      await new Promise((resolve) => setImmediate(resolve));
    }
    while (!failure && done < jobs.length) await new Promise<void>((resolve) => { wake = resolve; });
  } finally {
    for (const w of threads) if (!retired.has(w)) { retired.add(w); void w.terminate(); }
  }
  if (failure) throw failure;
  return results;
}

/** The worker side: lint each chunk it is sent and reply with plain reports. */
export function workerMain(port: import('worker_threads').MessagePort, init: WorkerInit): void {
  port.on('message', (req: Request) => {
    try {
      const reports = req.jobs.map((job) => lintFile(task(job, init)) ?? null);
      port.postMessage({ id: req.id, reports } satisfies Reply);
    } catch (e) {
      port.postMessage({ id: req.id, error: (e as Error).stack ?? String(e) } satisfies Reply);
    }
  });
}
