#!/usr/bin/env node
// npm run bench:editor — issue 17's table (and issue 13's editor figures), measured in the real VS Code as a user
// meets it: the packaged extension in code-server 4.100.3 (VS Code 1.100.3) driven by headless Debian Chromium
// through playwright-core, with the integration tests' runtime, build, install and cleanup (test/integration/lib).
// Every window is fresh (its own code-server and user-data dir). A report, not a gate: the exit code is 0 when every
// figure could be taken.
//   --runs N         fresh windows on the example workspace (default 5)
//   --medium-runs N  fresh windows with a 10 KB document (default 1; ten measured edits each)
//   --large-runs N   fresh windows with the 1 MB document (default 1; ten measured edits each)
//   --many-runs N    fresh windows on 2,000 incidents (default 2)
//   --many5k-runs N  fresh windows on 5,000 incidents (default 1): issue 13's memory with them indexed
//   --only a,b       scenarios: example, medium, large, many, many5k, floor (default all)
//   --keep           keep the temporary folders
//   --verbose        print each step of each window
//   --without-builtin NAME   (repeatable) run VS Code without this built-in extension (its folder name), e.g.
//                    markdown-language-features (with a 1 MB document open, a CPU profile of the extension host showed
//                    two thirds of its thread, which ours shares, spent sending that extension's messages to its
//                    language server) with markdown-math, which needs it
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, installExitHandlers, onCleanup, seconds } from '../../test/integration/lib/proc.mjs';
import { chromiumPath, ensureRuntime, runtimeDir } from '../../test/integration/lib/runtime.mjs';
import { buildAndPackage } from '../../test/integration/lib/stage.mjs';
import { codeServerDirs, installVsix } from '../../test/integration/lib/codeserver.mjs';
import { launchBrowser } from '../../test/integration/lib/browser.mjs';
import { openFreshWindow } from './fresh-window.mjs';
import { measureExampleWindow } from './open-example.mjs';
import { EDITS, measureLargeWindow } from './large-document.mjs';
import { measureManyWindow } from './many-incidents.mjs';
import { measureFloor } from './floor.mjs';
import { exampleWorkspace, largeWorkspace, manyWorkspace } from './workspaces.mjs';
import { printTable, Row } from './report.mjs';
import { splitRows } from './typing.mjs';
import { median } from '../measure.ts';

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const runs = Number(opt('runs', 5));
const mediumRuns = Number(opt('medium-runs', 1));
const largeRuns = Number(opt('large-runs', 1));
const manyRuns = Number(opt('many-runs', 2));
const many5kRuns = Number(opt('many5k-runs', 1));
const only = opt('only', 'example,medium,large,many,many5k,floor').split(',');
const keep = argv.includes('--keep');
const verbose = argv.includes('--verbose');
const withoutBuiltins = argv.flatMap((a, i) => (a === '--without-builtin' && argv[i + 1] ? [argv[i + 1]] : []));
const KEYSTROKES_PER_WINDOW = 3;
const LINT_DELAY = 300;   // package.json default of postmortem.lintDelay: the bench never changes it

const splitExample = splitRows(Row, '3 KB');
const splitLarge = splitRows(Row, '1 MB');
const named = (prefix, group) => Object.fromEntries(Object.entries(group).map(([k, v]) => [`${prefix}_${k}`, v]));

const rows = {
  open: new Row('open an incident in a fresh window: text shown → first problem in the Problems panel', {
    goal: '≤ 500 ms', method: 'the window opens with the example incident (3 KB, one finding) as its editor; the Problems panel is opened with Ctrl+Shift+M as soon as the workbench has laid out; page-side MutationObserver marks: first rendered text of the editor → first row of the Problems panel' }),
  windowToText: new Row('(context) window open → text of the incident shown', {
    method: 'same windows: navigation start of the page → first rendered text of the editor' }),
  openToActivation: new Row('(context) text shown → the extension host starts activating the extension', {
    method: 'same windows: first rendered text (page clock) → "ExtensionService#_doActivateExtension postmortem-author…" in the extension host\'s log (same machine clock); negative: before the text' }),
  activationToPublish: new Row('(context) the extension host starts activating the extension → first problems handed to VS Code', {
    method: 'same windows: that log line → "first problems handed to VS Code" of the extension\'s start-up line in Output > Postmortem Author (wall-clock marks; versions without the line give none)' }),
  publishToListed: new Row('(context) first problems handed to VS Code → first row in the Problems panel', {
    method: 'same windows: that mark → the page\'s first-problem mark' }),
  activation: new Row('VS Code\'s activation time of the extension ("Show Running Extensions")', {
    goal: '≤ 100 ms', method: 'Developer: Show Running Extensions in the same windows, after the first problem; the figure on our row (VS Code: code loading + activate() call)' }),
  activationOwn: new Row('(context) the extension\'s own part of that figure: loading its code + the activate() call', {
    method: 'same windows: "loading its code took N ms, activate() returned after M ms" in Output > Postmortem Author (VS Code\'s will/didLoadExtensionCode marks for this extension, and activate() up to its first await). VS Code starts the clock of every extension activated by one event (onLanguage:markdown: emmet, extension-editing, markdown-language-features, then ours, built-ins first) before any of them loads, so the figure also counts the built-ins\' code loading' }),
  activationOthers: new Row('(context) other extensions\' code loading inside that figure', {
    method: 'same windows: "code loaded by other extensions right before ours" in the log line before that one (each one\'s will/didLoadExtensionCode marks, within the second before ours), summed; 0 when the line names none (versions without it give none)' }),
  keyExample: new Row(`keystroke → new squiggle, 3 KB document, default lintDelay ${LINT_DELAY}`, {
    goal: `≤ ${LINT_DELAY + 30} ms (delay + 30)`, method: `${KEYSTROKES_PER_WINDOW} per example window: at the end of a prose line insert " The outage was human erro" (one edit), wait until the extension host is idle (its main thread asleep for 0.7 s in /proc; at most 15 s), press "r" (completes "human error", PM022); keydown in the page → squiggle drawn on the cursor line; then select and delete the phrase (one edit)` }),
  ...named('splitExample', splitExample),
  keyMedium: new Row(`keystroke → new squiggle, 10 KB document, default lintDelay ${LINT_DELAY}`, {
    goal: `≤ ${LINT_DELAY + 30} ms (delay + 30)`, method: `${EDITS} per window (3 edits each: insert, key, delete), as above, on a prose line a quarter into a generated 10 KB incident (bench/generate.ts)` }),
  keyLarge: new Row(`keystroke → new squiggle, 1 MB document, default lintDelay ${LINT_DELAY}`, {
    goal: `≤ ${LINT_DELAY + 150} ms (delay + 150)`, method: `${EDITS} per window (3 edits each: insert, key, delete), as above, on a prose line a quarter into a generated 1 MB incident (bench/generate.ts)` }),
  ...named('splitLarge', splitLarge),
  memoryExample: new Row('extension-host memory with the 3 KB example open (RSS)', {
    unit: 'MB', goal: 'keep (~200 MB)', method: 'VmRSS of the window\'s extension host process (/proc) once it is idle after the index, before any edit' }),
  heapExample: new Row('(context) extension-host live heap with the 3 KB example open, after a full garbage collection', {
    unit: 'MB', method: 'right after the row above: the extension\'s internal command postmortem._memoryAfterGc (bound to a key in the bench\'s windows) collects garbage twice and logs process.memoryUsage().heapUsed: every extension of the host, live objects only (versions without the command give none)' }),
  memoryLargeOpen: new Row('(context) extension-host memory with the 1 MB document open, before edits (RSS)', {
    unit: 'MB', method: 'VmRSS once the extension host is idle after the index and the first lint' }),
  memoryLarge: new Row(`extension-host memory with the 1 MB document open, after ${EDITS} measured keystrokes = ${EDITS * 3} edits (RSS)`, {
    unit: 'MB', goal: '≤ 350 MB', method: `VmRSS once the extension host is idle after the ${EDITS} measured keystrokes of the row above (${EDITS * 3} edits)` }),
  memoryLargePeak: new Row(`extension-host memory with the 1 MB document, peak over the window's life`, {
    unit: 'MB', goal: '≤ 350 MB', method: 'VmHWM of the extension host process (/proc): its peak resident size' }),
  heapLarge: new Row('(context) extension-host live heap with the 1 MB document, after the edits and a full garbage collection', {
    unit: 'MB', method: 'after the two rows above, as for the example: what stays alive of the host\'s memory (the RSS rows also count garbage not yet collected and heap V8 keeps)' }),
  indexExample: new Row('index of the example workspace (2 documents), by the extension\'s own log', {
    goal: '≤ 100 ms', method: '"timeline: indexed … in N ms" in Output > Postmortem Author (the log file VS Code writes) of the example windows' }),
  manyListed: new Row('2,000 small incidents: window open → all listed in the sidebar', {
    goal: '— (now 6.7 s)', method: 'navigation start → the Postmortems view (opened as soon as its activity-bar entry shows) has 2,000 root rows (aria-setsize)' }),
  manyIndex: new Row('2,000 small incidents: index, by the extension\'s own log', {
    goal: '≤ 1,500 ms', method: '"timeline: indexed … in N ms" of the same windows' }),
  manyMemory: new Row('(context) extension-host memory with 2,000 incidents indexed (RSS)', {
    unit: 'MB', method: 'VmRSS once the extension host is idle after the index' }),
  many5kMemory: new Row('extension-host memory with 5,000 small incidents indexed for the timeline (RSS)', {
    unit: 'MB', goal: '— (issue 13: report it)', method: 'a fresh window on 5,000 generated incidents, no file open, the Postmortems view opened: VmRSS once the extension host is idle after the index' }),
  many5kIndex: new Row('(context) 5,000 small incidents: index, by the extension\'s own log', {
    method: '"timeline: indexed … in N ms" of the same windows' }),
  many5kListed: new Row('(context) 5,000 small incidents: window open → all listed in the sidebar', {
    method: 'navigation start → the Postmortems view has 5,000 root rows (aria-setsize)' }),
  parseExample: new Row('markdown-it parse of the 3 KB document (the floor), in process', { method: 'new MarkdownIt().parse, median of 50 after 2 warm-up, a new variant of the text each call' }),
  lintExample: new Row('our lint of the 3 KB document, in process', { method: 'core lint(), uncached, same calls' }),
  parseMedium: new Row('markdown-it parse of the 10 KB document (the floor), in process', { method: 'as above, 50 calls' }),
  lintMedium: new Row('our lint of the 10 KB document, in process', { method: 'core lint(), uncached, 50 calls' }),
  parseLarge: new Row('markdown-it parse of the 1 MB document (the floor), in process', { method: 'as above, 10 calls' }),
  lintLarge: new Row('our lint of the 1 MB document, in process', { method: 'core lint(), uncached, 10 calls' }),
};

/**
 * Opens `count` fresh windows one after the other; a window that fails is reported and the next one tried.
 * `settled`: the rows whose samples wait for an idle extension host (noted when it never was).
 */
async function windows(label, count, open, measure, settled) {
  for (let i = 0; i < count; i++) {
    const started = Date.now();
    const win = await open();
    try {
      await measure(win);
      if (win.busySettles) for (const row of settled) row.note(`the extension host was still busy after 15 s at ${win.busySettles} of the waits for it to be idle in window ${i + 1}; measured anyway`);
      console.log(`  ${label} window ${i + 1}/${count} (${seconds(started)}, load ${loadavg()[0].toFixed(1)})`);
    } catch (e) {
      failures.push(`${label} window ${i + 1}: ${e.message.split('\n')[0]}`);
      console.log(`  ${label} window ${i + 1}/${count} failed: ${e.message.split('\n')[0]}`);
      await win.page.screenshot({ path: join(tmp, `${label}-${i + 1}-failure.png`) }).catch(() => {});
    } finally {
      await win.close();
    }
  }
}

const failures = [];
const tmp = mkdtempSync(join(tmpdir(), 'pm-editor-bench-'));

async function main() {
  installExitHandlers(60 * 60000);
  if (!keep) onCleanup('temp folder', () => rmSync(tmp, { recursive: true, force: true }));
  const t0 = Date.now();
  const load0 = loadavg()[0];
  const needsEditor = only.some((s) => s !== 'floor');
  const example = exampleWorkspace(join(tmp, 'example'));
  const medium = only.includes('medium') || only.includes('floor') ? largeWorkspace(join(tmp, 'medium'), 10_000) : undefined;
  const large = only.includes('large') || only.includes('floor') ? largeWorkspace(join(tmp, 'large')) : undefined;
  const many = only.includes('many') ? manyWorkspace(join(tmp, 'many')) : undefined;
  const many5k = only.includes('many5k') ? manyWorkspace(join(tmp, 'many5k'), 5000) : undefined;

  if (only.includes('floor')) {
    measureFloor(example.text, { parseRow: rows.parseExample, lintRow: rows.lintExample, runs: 50 });
    measureFloor(medium.text, { parseRow: rows.parseMedium, lintRow: rows.lintMedium, runs: 50 });
    measureFloor(large.text, { parseRow: rows.parseLarge, lintRow: rows.lintLarge, runs: 10 });
  }
  let header = `editor bench (${cpus().length} cores, load ${load0.toFixed(1)} at the start)`;
  // No Chromium, or a code-server that cannot be installed (offline): say so in one line, the floor is still measured.
  let noEditor;
  if (needsEditor) {
    try { await ensureRuntime(); } catch (e) { noEditor = String(e?.message ?? e).split('\n')[0]; }
    if (noEditor) console.log(`editor bench: the editor rows are not measured: ${noEditor}`);
  }
  if (needsEditor && !noEditor) {
    const id = `bench-${Date.now().toString(36)}-${process.pid}`;
    const stage = await buildAndPackage({ id, grep: '', tests: [], keep });
    const extensionsDir = codeServerDirs(join(tmp, 'install')).ext;
    await installVsix(codeServerDirs(join(tmp, 'install')), stage.vsix, stage.id);
    const codeServerVersion = JSON.parse(readFileSync(join(runtimeDir, 'node_modules/code-server/package.json'), 'utf8')).version;
    const builtinsDir = withoutBuiltins.length ? builtinsWithout(withoutBuiltins) : undefined;
    const browser = await launchBrowser('editor bench');
    const chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    header = `editor bench: code-server ${codeServerVersion}, headless ${chromium}, ${cpus().length} cores, load ${load0.toFixed(1)} at the start${withoutBuiltins.length ? `; without the built-in ${withoutBuiltins.join(', ')}` : ''}`;
    const fresh = (workspace, extra = {}) => () => openFreshWindow({ browser, tmp, extensionsDir, workspace: workspace.dir, openFile: workspace.openFile, verbose, builtinsDir, ...extra });
    try {
      if (only.includes('example')) {
        await windows('example', runs, fresh(example), (win) => measureExampleWindow(win, example, rows, { keystrokes: KEYSTROKES_PER_WINDOW, split: splitExample }), [rows.keyExample, rows.memoryExample]);
      }
      if (only.includes('medium')) {
        await windows('medium', mediumRuns, fresh(medium), (win) => measureLargeWindow(win, medium, { key: rows.keyMedium }), [rows.keyMedium]);
      }
      if (only.includes('large')) {
        const large_ = { key: rows.keyLarge, split: splitLarge, memoryOpen: rows.memoryLargeOpen, memory: rows.memoryLarge, memoryPeak: rows.memoryLargePeak, heap: rows.heapLarge };
        await windows('large', largeRuns, fresh(large), (win) => measureLargeWindow(win, large, large_), [rows.keyLarge, rows.memoryLargeOpen, rows.memoryLarge]);
      }
      if (only.includes('many')) {
        const many_ = { listed: rows.manyListed, index: rows.manyIndex, memory: rows.manyMemory };
        await windows('many', manyRuns, fresh(many, { openFile: undefined, expectListed: many.documents }), (win) => measureManyWindow(win, many, many_), [rows.manyMemory]);
      }
      if (only.includes('many5k')) {
        const many5k_ = { listed: rows.many5kListed, index: rows.many5kIndex, memory: rows.many5kMemory };
        await windows('many5k', many5kRuns, fresh(many5k, { openFile: undefined, expectListed: many5k.documents }), (win) => measureManyWindow(win, many5k, many5k_), [rows.many5kMemory]);
      }
    } finally {
      await browser.close();
    }
  }
  printTable(header, Object.values(rows).filter((r) => r.values.length || (!noEditor && only.includes(scenarioOf(r)))));
  printSummary(noEditor);
  if (failures.length) console.log(`\nnot measured: ${failures.join('; ')}`);
  console.log(`\n(${seconds(t0)})`);
}

/**
 * Issue 13's editor figures in a few lines (from the table above): activation, keystroke → squiggle beside our lint and
 * markdown-it's parse of the same document (the floor), and memory with 5,000 incidents indexed.
 */
function printSummary(noEditor) {
  const f = (row) => (row.values.length ? row.figure().replace(/, n=\d+$/, '') : 'not measured');
  const n = (row) => row.values.length;
  console.log(`\neditor summary (issue 13)${noEditor ? `: no editor (${noEditor}), floor only` : ''}`);
  console.log(`  activation (Show Running Extensions)              ${f(rows.activation)}  n=${n(rows.activation)}`);
  for (const [size, key, lintRow, parseRow] of [['10 KB', rows.keyMedium, rows.lintMedium, rows.parseMedium], ['1 MB', rows.keyLarge, rows.lintLarge, rows.parseLarge]]) {
    const ratio = lintRow.values.length && parseRow.values.length ? `${(median(lintRow.values) / median(parseRow.values)).toFixed(1)}× the floor` : '-';
    console.log(`  keystroke → squiggle, ${size.padEnd(6)} (lintDelay ${LINT_DELAY})      ${f(key)}  n=${n(key)};  in process: our lint ${f(lintRow)}, markdown-it parse ${f(parseRow)} (floor), ${ratio}`);
  }
  console.log(`  extension-host memory, 5,000 incidents indexed    ${f(rows.many5kMemory)}  n=${n(rows.many5kMemory)}` +
    (rows.many5kIndex.values.length ? `  (index ${f(rows.many5kIndex)})` : ''));
}

/** A built-in extensions folder of links to code-server's own, less `names` (code-server has no --disable-extension). */
function builtinsWithout(names) {
  const source = join(runtimeDir, 'node_modules/code-server/lib/vscode/extensions');
  const dir = join(tmp, 'builtin-extensions');
  mkdirSync(dir);
  for (const name of readdirSync(source)) {
    if (!names.includes(name)) symlinkSync(join(source, name), join(dir, name));
  }
  for (const name of names) if (!existsSync(join(source, name))) throw new Error(`no built-in extension folder named ${name}`);
  return dir;
}

/** Which scenario fills a row (to list the unmeasured rows of the scenarios that ran). */
function scenarioOf(row) {
  if ([rows.parseExample, rows.lintExample, rows.parseMedium, rows.lintMedium, rows.parseLarge, rows.lintLarge].includes(row)) return 'floor';
  if (row === rows.keyMedium) return 'medium';
  if ([rows.many5kListed, rows.many5kIndex, rows.many5kMemory].includes(row)) return 'many5k';
  if (Object.values(splitLarge).includes(row)) return 'large';
  if ([rows.keyLarge, rows.memoryLarge, rows.memoryLargePeak, rows.memoryLargeOpen, rows.heapLarge].includes(row)) return 'large';
  if ([rows.manyListed, rows.manyIndex, rows.manyMemory].includes(row)) return 'many';
  return 'example';
}

main().catch((e) => { failures.push(String(e?.stack || e)); console.error(e?.stack || e); })
  .finally(async () => { await cleanup(); process.exit(failures.length ? 1 : 0); });
