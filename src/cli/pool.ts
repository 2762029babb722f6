// Parallel linting with worker_threads. Files go out in chunks and come back by index, so the output is the same,
// in the same order, as a serial run.
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { Config } from './core';
import type { FileTask } from './lint-file';
import { lintFile } from './lint-file';
import type { FileReport } from './report';

export const WORKER_MARK = 'postmortem-lint-worker';
const CHUNK = 32;

export interface Job { absPath: string; path: string; configId: number }
export interface WorkerInit { mark: typeof WORKER_MARK; configs: Config[]; now: number; fix: boolean }
interface Request { id: number; jobs: Job[] }
interface Reply { id: number; reports?: Array<FileReport | null>; error?: string }

export function workerCount(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.ceil(files / 100), 8));
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

/** `script`: the bundle itself (it runs `workerMain` when started as a worker). */
export function lintParallel(script: string, jobs: readonly Job[], init: Omit<WorkerInit, 'mark'>, threads: number,
  onDone: (n: number) => void): Promise<Array<FileReport | undefined>> {
  const results: Array<FileReport | undefined> = new Array(jobs.length);
  const chunks: Request[] = [];
  for (let i = 0; i < jobs.length; i += CHUNK) chunks.push({ id: i, jobs: jobs.slice(i, i + CHUNK) });
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const retired = new Set<Worker>();
    let finished = false;
    const fail = (e: Error) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const feed = (w: Worker) => {
      if (next < chunks.length) {
        w.postMessage(chunks[next++]);
      } else {
        retired.add(w);
        void w.terminate();
        if (done === jobs.length && !finished) {
          finished = true;
          resolve(results);
        }
      }
    };
    const data: WorkerInit = { mark: WORKER_MARK, ...init };
    for (let t = 0; t < Math.min(threads, chunks.length); t++) {
      const w = new Worker(script, { workerData: data });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if (reply.error !== undefined) return fail(new Error(reply.error));
        reply.reports!.forEach((r, k) => { results[reply.id + k] = r ?? undefined; });
        done += reply.reports!.length;
        onDone(done);
        feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => { if (!retired.has(w)) fail(new Error(`a lint worker stopped unexpectedly (exit code ${code})`)); });
      feed(w);
    }
    if (chunks.length === 0) { finished = true; resolve(results); }
  });
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
