// Headless Debian Chromium driven by playwright-core (from the integration runtime), fresh profile per launch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromiumPath, runtimeRequire } from './runtime.mjs';
import { onCleanup } from './proc.mjs';

export async function launchBrowser(label) {
  const { chromium } = runtimeRequire('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'pm-it-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // our own cleanup closes the browser in order (servers after browsers)
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const close = async () => {
    try { await context.close(); } finally { rmSync(profile, { recursive: true, force: true }); }
  };
  const unregister = onCleanup(`browser (${label})`, close);
  return { context, close: async () => { unregister(); await close(); } };
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
