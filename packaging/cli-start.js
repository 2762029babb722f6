// postmortem-lint's first lines (the production CLI bundle, built by esbuild.js --production). The program itself is
// the block after the marker line at the end of this file, every line behind `//`: Node only scans it as a comment.
// It is compiled here with V8's code cache, kept per user, so a run does not parse and compile the whole program again
// (about a fifth of linting one document, as a pre-commit hook does). The cache is a speed-up only: any failure to
// read or write it, or a cache V8 rejects, and the program is compiled from its text as usual.
//   POSTMORTEM_LINT_CACHE=off     no cache;   POSTMORTEM_LINT_CACHE=DIR   the cache in DIR
//   default: $XDG_CACHE_HOME or ~/.cache (Linux), ~/Library/Caches (macOS), %LOCALAPPDATA% (Windows), /postmortem-lint
'use strict';
(function start() {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const vm = require('vm');
  /** Hash of the program's text (written by the build): V8 checks a cache against the text's length only. */
  const PROGRAM_HASH = '__PM_PROGRAM_HASH__';
  const MARKER = '\n//--- postmortem-lint program ---\n';

  const self = fs.readFileSync(__filename, 'utf8');
  const at = self.indexOf(MARKER);
  // Every line of the program starts with `//`: one replace (a tenth of splitting and joining its lines).
  const program = self.slice(at + MARKER.length + 2).replaceAll('\n//', '\n');
  // The wrapper Node gives a CommonJS module: the program sees this file's require, module and paths.
  const source = `(function (exports, require, module, __filename, __dirname) {${program}\n})`;

  function cacheDir() {
    const env = process.env.POSTMORTEM_LINT_CACHE;
    if (env !== undefined && env !== '') return /^(?:off|0|false|no)$/i.test(env) ? undefined : path.resolve(env);
    if (process.platform === 'win32') return process.env.LOCALAPPDATA ? path.join(process.env.LOCALAPPDATA, 'postmortem-lint') : undefined;
    const home = os.homedir();
    if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'postmortem-lint');
    const xdg = process.env.XDG_CACHE_HOME;
    return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'postmortem-lint');
  }

  /** The cache, when this user wrote it and nobody else can have changed it (V8 trusts what it is given). */
  function readCache(file) {
    try {
      const fd = fs.openSync(file, 'r');
      try {
        const st = fs.fstatSync(fd);
        if (process.platform !== 'win32' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
        return fs.readFileSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return undefined;
    }
  }

  function writeCache(dir, file, data) {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, file); // whole or not at all, whatever other runs do at the same time
    } catch {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    }
  }

  let dir;
  try { dir = cacheDir(); } catch { dir = undefined; }
  const file = dir && path.join(dir, `${PROGRAM_HASH}-${process.version}-${process.arch}.v8cache`);
  const cachedData = file ? readCache(file) : undefined;
  const script = new vm.Script(source, { filename: __filename, cachedData });
  if (file && (cachedData === undefined || script.cachedDataRejected)) {
    // At exit, and only after a run that linted documents (the program says so, src/cli/main.ts): the cache then holds
    // every function the lint compiled, not just what --version or a usage error needed.
    let linted = false;
    process.once('postmortem-lint:linted', () => { linted = true; });
    process.once('exit', () => {
      if (!linted) return;
      try { writeCache(dir, file, script.createCachedData()); } catch { /* a cache is optional */ }
    });
  }
  script.runInThisContext().call(module.exports, module.exports, require, module, __filename, __dirname);
})();
