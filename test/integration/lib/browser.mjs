// Headless Debian Chromium driven by playwright-core (from the integration runtime), fresh profile per launch.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromiumPath, runtimeRequire } from './runtime.mjs';
import { assertRunning, onCleanup } from './proc.mjs';

/** SIGKILLs any process still running with this profile (Linux /proc) and waits until they are gone. */
async function reapChromium(profile) {
  const flag = `--user-data-dir=${profile}`;
  for (let i = 0; i < 30; i++) {
    const pids = [];
    for (const pid of existsSync('/proc') ? readdirSync('/proc') : []) {
      if (!/^\d+$/.test(pid)) continue;
      try { if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(flag)) pids.push(Number(pid)); } catch { /* gone */ }
    }
    if (!pids.length) return;
    for (const pid of pids) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchBrowser(label) {
  assertRunning(`browser (${label})`);
  const { chromium } = runtimeRequire('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'pm-it-chromium-'));
  let context;
  let closing;
  const close = () => closing ??= (async () => {
    try {
      await context?.close();
    } catch (e) {
      if (process.env.PM_IT_DEBUG) console.error(`browser close: ${e.message}`);
    } finally {
      // close() can resolve while Chromium is still shutting down and writing into its profile
      await reapChromium(profile);
      rmSync(profile, { recursive: true, force: true });
    }
  })();
  // registered before the launch: a Ctrl-C during the launch still removes the profile
  const unregister = onCleanup(`browser (${label})`, close);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // our own cleanup closes the browser in order (servers after browsers)
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  if (closing) { await context.close().catch(() => {}); throw new Error('stopping'); }   // Ctrl-C came during the launch
  return { context, close: async () => { await close(); unregister(); } };
}

/**
 * Opens `url` (a workbench with a test payload) and resolves with the exit code the extension host reports through
 * codeAutomationExit, collecting what it logs through codeAutomationLog — how VS Code runs its own browser tests.
 */
export async function runExtensionHostSuite(context, url, { timeoutMs, onLine }) {
  const page = await context.newPage();
  const lines = [];
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => { lines.push(`TIMEOUT: the suite did not finish within ${timeoutMs / 1000} s`); resolve(124); }, timeoutMs);
    (async () => {
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = format(...(Array.isArray(args) ? args : [args]));
        for (const line of text.split('\n')) { lines.push(line); onLine?.(line, type); }
      });
      await page.exposeFunction('codeAutomationExit', (c) => { clearTimeout(timer); resolve(Number(c)); });
      page.on('pageerror', (e) => lines.push(`page error: ${e.message}`));
      await page.goto(url);
    })().catch((e) => { clearTimeout(timer); lines.push(`could not open the workbench: ${e.message}`); resolve(1); });
  });
  return { code, lines, page };
}
