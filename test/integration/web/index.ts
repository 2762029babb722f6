// Mocha loader for the web extension host (a web worker; @vscode/test-web). Bundled with mocha's browser build;
// every test/integration/web/**/*.test.ts is included through the virtual module `pm-suite-files`.
import { START_MARKER, collect, print } from '../report';

require('mocha/mocha');
declare const __PM_TEST_GREP__: string;
const files: { file: string; load: () => unknown }[] = require('pm-suite-files');

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // the default HTML reporter needs a DOM, which a worker does not have
    mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20000 });
    if (__PM_TEST_GREP__) mocha.grep(__PM_TEST_GREP__);
    console.log(START_MARKER);
    try {
      for (const { load } of files) load();
      let result: ReturnType<typeof collect> | undefined;
      const runner = mocha.run((failures) => {
        if (result) print(result);
        failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve();
      });
      result = collect(runner);
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
