// The extension host of a code-server window, found and read through Linux /proc: its process id (a descendant of
// the code-server we started, with `--type=extensionHost` on its command line) and its memory (VmRSS now, VmHWM the
// peak resident size over its life).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);   // field 4, after "comm" which may hold spaces
  } catch { return 0; }
}

function descendsFrom(pid, ancestor) {
  for (let p = pid, depth = 0; p > 1 && depth < 32; p = parentOf(p), depth++) if (p === ancestor) return true;
  return false;
}

/** Node extension hosts started by the server whose process id is `serverPid`. */
export function extensionHosts(serverPid) {
  if (!existsSync('/proc')) throw new Error('the editor bench reads memory from Linux /proc');
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    let cmdline;
    try { cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (cmdline.includes('--type=extensionHost') && descendsFrom(pid, serverPid)) found.push(pid);
  }
  return found;
}

/** Waits until the server runs exactly one extension host (the window's) and returns its process id. */
export async function extensionHostOf(serverPid, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hosts = extensionHosts(serverPid);
    if (hosts.length === 1) return hosts[0];
    if (Date.now() > deadline) throw new Error(`expected one extension host under code-server, found ${hosts.length}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Resident memory of a process, now and at its peak, in MB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** The state letter of a process's main thread: R running or waiting for a core, S sleeping, … */
function stateOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

/**
 * Waits until the process's main thread has slept through `quietMs` (sampled every 25 ms): its debounced work (a
 * lint after lintDelay, the index's re-read) has run. The thread state, not its cpu time, because on a loaded
 * machine a process waiting for a core uses no cpu yet is not idle. Gives up after `maxMs` (another extension in
 * the same host may never rest): resolves true when idle was reached.
 */
export async function waitForIdle(pid, { quietMs = 700, maxMs = 15000 } = {}) {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  for (;;) {
    if (stateOf(pid) !== 'S') quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}
