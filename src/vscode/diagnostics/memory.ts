// Internal command `postmortem._memoryAfterGc` (no palette entry; the editor bench binds a key to it): a full garbage
// collection of the extension host, then its heap and resident size in the log. The resident size the bench reads
// from /proc counts garbage not yet collected and heap V8 keeps after collecting it; this tells the live part, which
// is what a document kept alive (a parse, a token array, a version) would grow. The whole host: every extension in it.
// Node extension host only: the web bundle has no V8 API.
import * as vscode from 'vscode';
import type { Log } from '../services/log';

/** 'node' or 'web': which bundle this is (set by esbuild.js). */
declare const __PM_BUNDLE__: string;

export interface MemoryAfterGc { heapUsedMb: number; heapTotalMb: number; externalMb: number; rssMb: number }

export function registerMemoryCommand(log: Log): vscode.Disposable {
  return vscode.commands.registerCommand('postmortem._memoryAfterGc', (): MemoryAfterGc | undefined => {
    if (typeof __PM_BUNDLE__ !== 'undefined' && __PM_BUNDLE__ === 'node') {
      /* eslint-disable @typescript-eslint/no-require-imports -- kept out of the web bundle by the branch */
      const v8 = require('node:v8') as typeof import('node:v8');
      const vm = require('node:vm') as typeof import('node:vm');
      /* eslint-enable @typescript-eslint/no-require-imports */
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      gc();
      gc();   // a second pass frees what the first one's finalizers released
      const mb = (n: number) => Math.round(n / 1048576);
      const m = process.memoryUsage();
      const result = { heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external + m.arrayBuffers), rssMb: mb(m.rss) };
      log.info(`memory after a full garbage collection: heap used ${result.heapUsedMb} MB of ${result.heapTotalMb} MB, external ${result.externalMb} MB, resident ${result.rssMb} MB`);
      return result;
    }
    return undefined;
  });
}
