// The core (parser, rules, lexicons, markdown-it, luxon, yaml: nine tenths of the extension's code), loaded on first
// use instead of with the extension: activation only registers what the first paint needs, and the first lint,
// which runs right after activate() returns, loads it. The Node bundle keeps the core in a file of its own
// (dist/node/core.js, so VS Code's "code loading" reads and compiles only the thin shell); the web bundle holds it
// in the same file, initialised on this first call. Feature code takes values from the core only through core():
// a value import of core/index in src/vscode fails the build (esbuild.js, plugin lazy-core). Types are free.
import type * as CoreModule from '../../core/index';
import { mark } from './startup-trace';

export type Core = typeof CoreModule;

let loaded: Core | undefined;
let loadMs: number | undefined;

/** The core's public surface (src/core/index.ts), loaded on the first call. */
export function core(): Core {
  if (loaded === undefined) {
    const started = Date.now();
    mark('core load started', started);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() is what makes the load lazy
    loaded = require('../../core/index') as Core;
    loadMs = Date.now() - started;
    mark('core loaded');
  }
  return loaded;
}

/** How long loading the core took (undefined: not loaded yet), for the log. */
export function coreLoadMs(): number | undefined {
  return loadMs;
}
