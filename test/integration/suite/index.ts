// Mocha loader for the Node extension host (code-server here, desktop VS Code with test:electron).
// VS Code calls run() after the extension host is up; every test/integration/suite/**/*.test.ts is bundled in
// through the virtual module `pm-suite-files` (see esbuild.js), so a new test file needs no registration.
import Mocha = require('mocha');
import { START_MARKER, collect, print } from '../report';

declare const __PM_TEST_GREP__: string;
const files: { file: string; load: () => unknown }[] = require('pm-suite-files');

export function run(): Promise<void> {
  const grep = typeof __PM_TEST_GREP__ === 'string' ? __PM_TEST_GREP__ : '';
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20000, ...(grep ? { grep } : {}) });
  for (const { file, load } of files) {
    // what mocha.loadFiles() does for each file: install the tdd globals, then evaluate the file
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    load();
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }
  console.log(START_MARKER);
  return new Promise((resolve, reject) => {
    let result: ReturnType<typeof collect> | undefined;
    const runner = mocha.run((failures) => {
      if (result) print(result);
      failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve();
    });
    result = collect(runner);
  });
}
