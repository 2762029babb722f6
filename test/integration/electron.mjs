#!/usr/bin/env node
// npm run test:electron — the same node suite (test/integration/suite) in desktop VS Code through
// @vscode/test-electron. It downloads VS Code, so it needs internet (it cannot run on the offline CI machine;
// there `npm run test:integration` runs the suite in code-server instead). Optional: VSCODE_VERSION=1.100.3.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/proc.mjs';
import { root } from './lib/runtime.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');
const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : '';

const build = await run(process.execPath, ['esbuild.js', '--tests=node', ...(grep ? ['--test-grep', grep] : [])], { cwd: root, echo: true });
if (build.code !== 0) process.exit(1);
const workspace = mkdtempSync(join(tmpdir(), 'pm-electron-'));
cpSync(join(root, 'examples'), workspace, { recursive: true });
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist/test/node/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (e) {
  console.error(`test:electron failed: ${e.message || e}\n(it downloads VS Code and needs internet; offline, npm run test:integration runs the same suite in code-server)`);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
