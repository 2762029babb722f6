// Entry point of postmortem-lint (bundled to dist/cli/postmortem-lint.js). The same bundle is the worker script of
// parallel runs. The only place the real clock is read.
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { version } from '../../package.json';
import { UsageError, parseCliArgs } from './args';
import type { WorkerInit } from './pool';
import { WORKER_MARK, workerMain } from './pool';
import { run } from './run';
import { parseImportArgs, runImport } from './import';
import { runExport } from './export';
import { visibleControls } from './format/visible';

/** Also named in packaging/cli-start.js. */
const CODE_CACHE_EVENT = 'postmortem-lint:linted';

async function main(argv: string[]): Promise<number> {
  try {
    // `postmortem-lint import …` (a folder named import is linted as ./import)
    if (argv[0] === 'import') {
      return await runImport(parseImportArgs(argv.slice(1)), { cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    }
    // `postmortem-lint export …` (a file named export is linted as ./export)
    if (argv[0] === 'export') {
      return await runExport(argv.slice(1), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, clock: () => Date.now() });
    }
    const opts = parseCliArgs(argv);
    return await run(opts, {
      cwd: process.cwd(),
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      clock: () => Date.now(),
      version,
      script: __filename,
      // The shipped bundle's start (packaging/cli-start.js) writes V8's code cache only after a run that linted, so the
      // cache holds the lint code, not just what --version or a usage error compiled.
      linted: () => (process as NodeJS.EventEmitter).emit(CODE_CACHE_EVENT),
    });
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`postmortem-lint: ${visibleControls(e.message).replace(/\\x0a/g, '\n')}\n${e.constructor === UsageError ? 'Run postmortem-lint --help for the options.\n' : ''}`);
    } else {
      process.stderr.write(`postmortem-lint: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
    }
    return 2;
  }
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.mark === WORKER_MARK) {
  workerMain(parentPort!, workerData as WorkerInit);
} else {
  // `postmortem-lint | head`: a closed pipe ends the run quietly instead of crashing with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
