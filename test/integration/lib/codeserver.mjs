// code-server 4.100.3 (= VS Code 1.100.3, Node extension host) with a fresh user-data and extensions dir.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerBin } from './runtime.mjs';
import { freePort, run, startServer, waitForHttp } from './proc.mjs';

const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
};

// no gallery: otherwise code-server asks open-vsx.org (unreachable offline) and shows an error toast
export const codeServerEnv = () => ({ ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":""}' });

/** Workspace trust on, never asked at start-up: a folder opened in a fresh profile stays untrusted (Restricted Mode). */
const UNTRUSTED_SETTINGS = {
  ...SETTINGS,
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/** `untrusted`: the profile of a window whose workspace is not trusted (the untrusted suite). */
export function codeServerDirs(base, { untrusted = false } = {}) {
  const dirs = { user: join(base, 'user'), ext: join(base, 'extensions'), config: join(base, 'config.yaml'), untrusted };
  mkdirSync(join(dirs.user, 'User'), { recursive: true });
  mkdirSync(dirs.ext, { recursive: true });
  writeFileSync(join(dirs.user, 'User/settings.json'), JSON.stringify(untrusted ? UNTRUSTED_SETTINGS : SETTINGS, null, 2));
  writeFileSync(dirs.config, 'auth: none\n');
  return dirs;
}

const dirArgs = (d) => ['--user-data-dir', d.user, '--extensions-dir', d.ext, '--config', d.config];

/** Installs the .vsix; returns the folder code-server unpacked it to. */
export async function installVsix(dirs, vsix, extensionId) {
  const r = await run(codeServerBin, [...dirArgs(dirs), '--install-extension', vsix], { env: codeServerEnv(), timeoutMs: 120000 });
  const folder = readdirSync(dirs.ext).find((f) => f.toLowerCase().startsWith(`${extensionId}-`));
  if (r.code !== 0 || !folder) throw new Error(`code-server --install-extension failed (rc ${r.code}):\n${r.output}`);
  return join(dirs.ext, folder);
}

/** Starts code-server on 127.0.0.1 (auth none) with `folder` open; resolves once it answers. `pid`: its process
 * (the editor bench finds the window's extension host among its descendants). `extraArgs`: more code-server
 * options (the editor bench's `--builtin-extensions-dir`). */
export async function startCodeServer(dirs, folder, { logFile, extraArgs = [] } = {}) {
  const port = await freePort();
  const server = startServer('code-server', codeServerBin, [
    ...dirArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(dirs.untrusted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', ...(process.env.PM_CS_LOG ? ['--log', process.env.PM_CS_LOG] : []), ...extraArgs, folder,
  ], { env: codeServerEnv() });
  let log = '';
  server.child.stdout.on('data', (d) => { log += d; });
  server.child.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}/`;
  try {
    await Promise.race([
      waitForHttp(`${base}healthz`, 60000, 'code-server'),
      server.exited.then(({ code }) => { throw new Error(`code-server exited early (rc ${code}):\n${log}`); }),
    ]);
  } catch (e) {
    if (logFile) writeFileSync(logFile, log);
    throw e;
  }
  return { base, port, pid: server.child.pid, stop: async () => { await server.stop(); if (logFile) writeFileSync(logFile, log); }, log: () => log };
}
