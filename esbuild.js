#!/usr/bin/env node
// Builds the three bundles of Postmortem Author (and, on demand, the integration-test suites).
//   node esbuild.js                 dev build (source maps) of: Node extension, web extension, CLI
//   node esbuild.js --production    minified, no source maps (what `npm run package` ships)
//   node esbuild.js --watch         rebuild on change
//   node esbuild.js --no-cli        skip the CLI bundle
//   node esbuild.js --tests=node,untrusted,web [--test-grep RE] [--outdir DIR]
//                                   also the mocha suites that run inside VS Code (used by test/integration/run.mjs)
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { builtinModules } = require('module');

const root = __dirname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};

const production = flag('production');
const watch = flag('watch');
const outdir = path.resolve(root, option('outdir', 'dist'));
const tests = (option('tests', '') || '').split(',').filter(Boolean);
const testGrep = option('test-grep', '');
const runtimeModules = path.join(root, 'test/integration/runtime/node_modules');

/** The web bundle runs in a web worker: importing a Node builtin must fail the build, not the user's browser. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const names = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    build.onResolve({ filter: /.*/ }, (a) => {
      if (a.kind === 'entry-point') return undefined;
      const name = a.path.startsWith('node:') ? a.path : a.path.split('/')[0];
      if (!names.has(name) && !names.has(a.path)) return undefined;
      return { errors: [{ text: `Node builtin "${a.path}" imported by ${path.relative(root, a.importer)}: the web extension cannot use Node APIs (use vscode.workspace.fs, or keep it in src/cli / Node-only code)` }] };
    });
  },
};

/** Virtual module `pm-suite-files`: every *.test.ts under a folder, so adding a test file needs no list edit. */
function suiteFiles(dir) {
  return {
    name: 'suite-files',
    setup(build) {
      build.onResolve({ filter: /^pm-suite-files$/ }, () => ({ path: dir, namespace: 'pm-suite-files' }));
      build.onLoad({ filter: /.*/, namespace: 'pm-suite-files' }, () => {
        const files = fs.existsSync(dir)
          ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts')).sort()
          : [];
        const entries = files.map((f) => `  { file: ${JSON.stringify(f.split(path.sep).join('/'))}, load: () => require(${JSON.stringify('./' + f.split(path.sep).join('/'))}) },`);
        return { contents: `module.exports = [\n${entries.join('\n')}\n];\n`, resolveDir: dir, loader: 'js', watchDirs: [dir] };
      });
    },
  };
}

/** Marks each rebuild in watch mode (problem matchers look for these lines). */
const watchLog = (label) => ({
  name: 'watch-log',
  setup(build) {
    build.onStart(() => { if (watch) console.log(`[watch] build started: ${label}`); });
    build.onEnd(() => { if (watch) console.log(`[watch] build finished: ${label}`); });   // esbuild itself prints the errors
  },
});

// ESM entry first: UMD builds (jsonc-parser's lib/umd) hide their requires from esbuild and fail at run time
// with "Cannot find module './impl/format'".
const nodeMainFields = ['module', 'main'];

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

function configs() {
  const list = [
    {
      ...common, label: 'node extension',
      entryPoints: ['src/vscode/extension.ts'], outfile: path.join(outdir, 'node/extension.js'),
      platform: 'node', format: 'cjs', external: ['vscode'], define: { __PM_BUNDLE__: '"node"' }, mainFields: nodeMainFields,
    },
    {
      ...common, label: 'web extension',
      entryPoints: ['src/vscode/extension.ts'], outfile: path.join(outdir, 'web/extension.js'),
      platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'],
      define: { global: 'globalThis', __PM_BUNDLE__: '"web"' }, plugins: [noNodeBuiltins],
    },
  ];
  if (flag('no-cli')) {
    // the integration runner: VS Code never runs the CLI, which has its own tests
  } else if (fs.existsSync(path.join(root, 'src/cli/main.ts'))) {
    list.push({
      ...common, label: 'cli',
      entryPoints: ['src/cli/main.ts'], outfile: path.join(outdir, 'cli/postmortem-lint.js'),
      platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, mainFields: nodeMainFields,
    });
  } else {
    console.log('esbuild: src/cli/main.ts not found yet, skipping the CLI bundle');
  }
  const grep = { __PM_TEST_GREP__: JSON.stringify(testGrep) };
  // The Node extension host's suites share one mocha loader; each bundles the *.test.ts of its own folder.
  const nodeTestSuite = (label, folder, outfile) => ({
    ...common, label, minify: false, sourcemap: 'inline',
    entryPoints: ['test/integration/suite/index.ts'], outfile: path.join(outdir, outfile),
    platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], define: grep, loader: { '.md': 'text' },
    plugins: [suiteFiles(path.join(root, folder))],
  });
  if (tests.includes('node')) list.push(nodeTestSuite('node test suite', 'test/integration/suite', 'test/node/suite/index.js'));
  // the tests that need a window whose workspace is not trusted (run.mjs opens one)
  if (tests.includes('untrusted')) {
    list.push(nodeTestSuite('untrusted test suite', 'test/integration/untrusted', 'test/untrusted/suite/index.js'));
  }
  if (tests.includes('web')) {
    if (!fs.existsSync(runtimeModules)) throw new Error('the web test suite needs test/integration/runtime (run npm run test:integration)');
    list.push({
      ...common, label: 'web test suite', minify: false, sourcemap: 'inline',
      entryPoints: ['test/integration/web/index.ts'], outfile: path.join(outdir, 'test/web/suite/index.js'),
      platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'],
      // mocha's browser build + the `assert` polyfill; `process` is shimmed for the polyfill's util dependency
      nodePaths: [runtimeModules], inject: [path.join(root, 'test/integration/web/process-shim.js')],
      define: { ...grep, global: 'globalThis' }, loader: { '.md': 'text' },
      plugins: [suiteFiles(path.join(root, 'test/integration/web'))],
    });
  }
  return list;
}

/**
 * The production CLI as shipped: packaging/cli-start.js first, then the program, every line behind `//`. The start
 * compiles the program with V8's code cache (one document's run spent a fifth of its time parsing and compiling it).
 */
function withCodeCache(file) {
  const built = fs.readFileSync(file, 'utf8');
  const program = built.startsWith('#!') ? built.slice(built.indexOf('\n') + 1) : built;
  // A line comment ends at any line terminator: the program may only break lines with \n (esbuild escapes the others).
  if (/[\r\u2028\u2029]/.test(program)) throw new Error('esbuild: the CLI program holds a line break other than \\n; it cannot follow packaging/cli-start.js');
  const hash = require('crypto').createHash('sha256').update(program).digest('hex').slice(0, 16);
  const start = fs.readFileSync(path.join(root, 'packaging/cli-start.js'), 'utf8').replace('__PM_PROGRAM_HASH__', hash);
  const lines = program.split('\n').map((line) => `//${line}`).join('\n');
  fs.writeFileSync(file, `#!/usr/bin/env node\n${start}\n//--- postmortem-lint program ---\n${lines}`);
}

async function main() {
  const list = configs();
  const contexts = await Promise.all(list.map(({ label, ...options }) =>
    esbuild.context({ ...options, absWorkingDir: root, plugins: [...(options.plugins || []), watchLog(label)] })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log(`esbuild: watching ${list.length} bundles into ${path.relative(root, outdir) || '.'}`);
    return;
  }
  // A production build has no source maps: drop the ones an earlier dev build left, or the .vsix ships them stale.
  if (production) {
    for (const c of list) if (c.outfile) fs.rmSync(`${c.outfile}.map`, { force: true });
  }
  let failed = false;
  for (const [i, c] of contexts.entries()) {
    try { await c.rebuild(); } catch { failed = true; console.error(`esbuild: ${list[i].label} failed`); }
    await c.dispose();
  }
  // a relative require left in a bundle points to a file that is not shipped: fail now, not in the user's editor
  for (const c of list) {
    if (!c.outfile || c.label.includes('test') || !fs.existsSync(c.outfile)) continue;
    const m = fs.readFileSync(c.outfile, 'utf8').match(/\brequire\d*\(\s*["'`]\.\.?\/[^"'`]*["'`]\s*\)/);
    if (m) { failed = true; console.error(`esbuild: ${c.label} still contains ${m[0]} (a dependency esbuild could not follow; prefer its ESM build)`); }
  }
  if (failed) process.exit(1);
  const cli = path.join(outdir, 'cli/postmortem-lint.js');
  if (production && list.some((c) => c.label === 'cli')) withCodeCache(cli);
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
  console.log(`esbuild: built ${list.map((c) => c.label).join(', ')}${production ? ' (production)' : ''}`);
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });
