// A fresh VS Code window as a user gets it: its own code-server (a new user-data dir, so no restored editors, panels
// or caches; the extensions dir with our .vsix installed is shared) on a workspace, opened in a new page of the
// bench's headless Chromium with the probes installed, optionally with a file open from the start (the `openFile`
// payload: what `code-server some/file.md` does).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerDirs, startCodeServer } from '../../test/integration/lib/codeserver.mjs';
import { vscodeDriver } from '../../test/integration/lib/vsc.mjs';
import { extensionHostOf, memoryOf, waitForIdle } from './ext-host.mjs';
import { installProbes } from './page-probes.mjs';

let windows = 0;
const GC_KEY = 'ctrl+alt+shift+f9';
const TIMES_KEY = 'ctrl+alt+shift+f10';
const TIMES_LOG = /lint times of (\S+) version (\d+) \((\d+) findings\), epoch ms: edited (\S+) delay (\S+) requested (\d+); after the request, ms: configured (\S+) linted (\S+) handed (\S+) notified (\S+)/g;
const GC_LOG = /memory after a full garbage collection: heap used (\d+) MB of (\d+) MB, external (\d+) MB, resident (\d+) MB/g;

/** Every file under `dir` (recursively) whose name ends with `suffix`. */
function filesEndingWith(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesEndingWith(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

export async function openFreshWindow({ browser, tmp, extensionsDir, workspace, openFile, expectListed, verbose, builtinsDir }) {
  const openedAt = Date.now();
  const dirs = { ...codeServerDirs(join(tmp, `window-${++windows}`)), ext: extensionsDir };
  mkdirSync(dirs.ext, { recursive: true });
  // the extension's internal command that collects garbage and logs the live heap (no palette entry)
  // and the one that logs the times of the active document's latest lint
  writeFileSync(join(dirs.user, 'User/keybindings.json'), JSON.stringify([
    { key: GC_KEY, command: 'postmortem._memoryAfterGc' }, { key: TIMES_KEY, command: 'postmortem._lintTimes' }]));
  const server = await startCodeServer(dirs, workspace, { extraArgs: builtinsDir ? ['--builtin-extensions-dir', builtinsDir] : [] });
  const page = await browser.context.newPage();
  await installProbes(page, { expectListed });
  const payload = openFile ? [['openFile', `vscode-remote://127.0.0.1:${server.port}${join(workspace, openFile)}`]] : [];
  const url = `${server.base}?folder=${encodeURIComponent(workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  await page.goto(url);
  let hostPid;
  const win = {
    page,
    vsc: vscodeDriver(page),
    /** The probes' marks (ms since the window started loading). */
    marks: () => page.evaluate(() => window.__pmBench.marks()),
    /** Waits for a probe mark; returns its time. */
    async waitForMark(name, timeoutMs) {
      await page.waitForFunction((n) => window.__pmBench && n in window.__pmBench.marks(), name, { timeout: timeoutMs, polling: 100 });
      return (await win.marks())[name];
    },
    async memory() {
      hostPid ??= await extensionHostOf(server.pid);
      return memoryOf(hostPid);
    },
    /** Waits until the extension host has been idle for a while (see waitForIdle); counts the times it never was. */
    async settle() {
      hostPid ??= await extensionHostOf(server.pid);
      const idle = await waitForIdle(hostPid);
      if (!idle) win.busySettles++;
      win.step(idle ? 'extension host idle' : 'extension host still busy after 15 s: going on');
    },
    busySettles: 0,
    /** A progress line (with --verbose). */
    step(what) {
      if (verbose) console.log(`    [${((Date.now() - openedAt) / 1000).toFixed(1)} s] ${what}`);
    },
    /** Our extension's log (Output > Postmortem Author) as written by VS Code's log service. */
    extensionLog() {
      return filesEndingWith(join(dirs.user, 'logs'), 'Postmortem Author.log').map((f) => readFileSync(f, 'utf8')).join('\n');
    },
    /** The extension host's own log (which extension it activates when, and why). */
    hostLog() {
      return filesEndingWith(join(dirs.user, 'logs'), 'exthost.log').map((f) => readFileSync(f, 'utf8')).join('\n');
    },
    /** Wall-clock time (epoch ms) of a page mark. */
    async clockOf(markMs) {
      return (await page.evaluate(() => performance.timeOrigin)) + markMs;
    },
    /**
     * The extension host's live heap: the extension's internal command (bound to a key in this window) collects
     * garbage and logs heap used; undefined when the version under test has no such command (no line in 10 s).
     */
    async heapAfterGc() {
      const m = await win.answerTo('Control+Alt+Shift+F9', GC_LOG, 10000, 100);
      return m ? { heapUsedMb: Number(m[1]), heapTotalMb: Number(m[2]), externalMb: Number(m[3]), rssMb: Number(m[4]) } : undefined;
    },
    /**
     * Wall-clock times of the active document's latest lint (the extension's internal command postmortem._lintTimes,
     * bound to a key in this window): { version, edited, delay, requested, configured, linted, handed, notified };
     * undefined when the version under test has no such command (then never asked again in this window).
     */
    async lintTimes() {
      if (win.noLintTimes) return undefined;
      const m = await win.answerTo('Control+Alt+Shift+F10', TIMES_LOG, 3000, 50);
      if (!m) {
        win.noLintTimes = true;
        return undefined;
      }
      const n = (v) => (v === '-' || v === '?' ? undefined : Number(v));
      const requested = Number(m[6]);
      const after = (v) => (n(v) === undefined ? undefined : requested + n(v));
      return { version: Number(m[2]), findings: Number(m[3]), edited: n(m[4]), delay: n(m[5]), requested,
        configured: after(m[7]), linted: after(m[8]), handed: after(m[9]), notified: after(m[10]) };
    },
    noLintTimes: false,
    /**
     * Presses `key` (bound to one of the extension's internal commands in this window) and waits up to `timeoutMs` for
     * the new log line matching `re` that answers it; its match, or undefined when none comes.
     */
    async answerTo(key, re, timeoutMs, pollMs) {
      const before = [...win.extensionLog().matchAll(re)].length;
      await page.keyboard.press(key);
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const lines = [...win.extensionLog().matchAll(re)];
        if (lines.length > before) return lines.at(-1);
        await new Promise((r) => setTimeout(r, pollMs));
      }
      return undefined;
    },
    /** Waits for a line of our log matching `re`; returns the match. */
    async waitForLog(re, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = re.exec(win.extensionLog());
        if (m) return m;
        if (Date.now() > deadline) throw new Error(`no log line matching ${re} within ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await page.close().catch(() => {});
      await server.stop();
    },
  };
  return win;
}
