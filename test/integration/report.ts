// Shared by the node and web suite loaders: counts mocha's results and prints one machine-readable line that
// test/integration/run.mjs parses (the spec reporter's own output is shown as is).
export interface SuiteResult { passes: number; failures: number; pending: number; failed: { title: string; error: string }[] }

export const RESULT_MARKER = '__PM_SUITE_RESULT__';
/** Printed when mocha starts: the runner shows the extension host's log from here on (the workbench's start-up chatter before it is hidden). */
export const START_MARKER = '__PM_SUITE_START__';

interface RunnerLike {
  on(event: 'pass' | 'fail' | 'pending', cb: (test: { fullTitle(): string }, err?: Error) => void): unknown;
}

export function collect(runner: RunnerLike): SuiteResult {
  const result: SuiteResult = { passes: 0, failures: 0, pending: 0, failed: [] };
  runner.on('pass', () => { result.passes++; });
  runner.on('pending', () => { result.pending++; });
  runner.on('fail', (test, err) => {
    result.failures++;
    result.failed.push({ title: test.fullTitle(), error: String(err?.stack || err?.message || err).split('\n').slice(0, 6).join('\n') });
  });
  return result;
}

export function print(result: SuiteResult): void {
  console.log(`${RESULT_MARKER}${JSON.stringify(result)}`);
}
