// Process and cleanup helpers: every server and browser we start is registered here and stopped on exit,
// failure, Ctrl-C, SIGTERM or the global timeout. Servers run in their own process group so that their children
// (code-server's extension host, file watchers, ...) go with them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const cleanups = [];
let cleaning;
// process groups still running: whatever happens, they are SIGKILLed when this process exits
const liveGroups = new Set();
process.on('exit', () => { for (const pid of liveGroups) killGroup(pid, 'SIGKILL'); });

/** Registers `fn` to run at cleanup (last registered runs first). Returns a function that unregisters it. */
export function onCleanup(label, fn) {
  const entry = { label, fn };
  cleanups.push(entry);
  return () => { const i = cleanups.indexOf(entry); if (i >= 0) cleanups.splice(i, 1); };
}

/** Throws once cleanup has begun: nothing new may start while we are stopping (it would outlive us). */
export function assertRunning(what) {
  if (cleaning) throw new Error(`not starting ${what}: stopping`);
}

export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const { label, fn } = cleanups.pop();
      const t0 = Date.now();
      try {
        await Promise.race([fn(), new Promise((r) => setTimeout(r, 10000).unref())]);
        if (process.env.PM_IT_DEBUG) console.error(`cleanup: ${label} ${Date.now() - t0} ms`);
      } catch (e) {
        console.error(`cleanup of ${label} failed: ${e.message}`);
      }
    }
  })();
  return cleaning;
}

/** Cleans up on signals, uncaught errors and after `timeoutMs`, then exits. */
export function installExitHandlers(timeoutMs) {
  const die = (code, why) => {
    console.error(`\n${why}: stopping servers and browsers`);
    cleanup().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => die(130, 'interrupted (SIGINT)'));
  process.once('SIGTERM', () => die(143, 'terminated (SIGTERM)'));
  process.once('SIGHUP', () => die(129, 'hang-up (SIGHUP)'));
  process.on('uncaughtException', (e) => die(1, `uncaught error: ${e.stack || e}`));
  process.on('unhandledRejection', (e) => die(1, `unhandled rejection: ${e?.stack || e}`));
  const timer = setTimeout(() => die(1, `global timeout of ${Math.round(timeoutMs / 1000)} s reached`), timeoutMs);
  timer.unref();
}

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}

/** Starts a long-running process in its own process group; it is killed (whole group) at cleanup. */
export function startServer(label, command, args, options = {}) {
  assertRunning(label);
  const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));
  let stopping;
  // idempotent: the runner's own stop and the cleanup on Ctrl-C may both ask for it
  const stop = () => stopping ??= (async () => {
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const t = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
      await exitPromise;
      clearTimeout(t);
    }
    killGroup(child.pid, 'SIGKILL');   // stray children of the group leader
    liveGroups.delete(child.pid);
  })();
  const unregister = onCleanup(label, stop);
  return { child, exited: exitPromise, stop: async () => { await stop(); unregister(); } };
}

/** Runs a command to completion (own process group, killed at cleanup); resolves with code and output. */
export function run(command, args, { cwd, env, echo = false, timeoutMs = 15 * 60000 } = {}) {
  assertRunning(command);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (stream) => (d) => { output += d; if (echo) stream.write(d); };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    liveGroups.add(child.pid);
    const unregister = onCleanup(`${command} ${args[0] ?? ''}`, () => { killGroup(child.pid, 'SIGKILL'); });
    const timer = setTimeout(() => { output += `\n[killed after ${timeoutMs} ms]`; killGroup(child.pid, 'SIGKILL'); }, timeoutMs);
    child.once('error', (e) => { output += String(e); });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL');   // anything it left behind in its group
      liveGroups.delete(child.pid);
      unregister();
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** A free TCP port on 127.0.0.1 (or PORT from the environment). */
export function freePort() {
  if (process.env.PORT) return Promise.resolve(Number(process.env.PORT));
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

export async function waitForHttp(url, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok || res.status < 500) return;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
