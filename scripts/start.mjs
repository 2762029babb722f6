#!/usr/bin/env node
// npm start: build and package the extension, install it into code-server 4.100.3 (VS Code 1.100.3) and open
// examples/ on 127.0.0.1 for a person to try in a browser. Ctrl-C stops the server.
//   PORT=8080 (default; another free port when it is taken)   PM_CS_DATA=.cs-data (user settings persist there)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { cleanup, installExitHandlers } from '../test/integration/lib/proc.mjs';
import { ensureRuntime, root } from '../test/integration/lib/runtime.mjs';
import { buildAndPackage } from '../test/integration/lib/stage.mjs';
import { codeServerDirs, installVsix, startCodeServer } from '../test/integration/lib/codeserver.mjs';
import { LIVE_FILE, writeLiveIncident } from './live-example.mjs';

const portFree = (port) => new Promise((res) => {
  const s = createServer().once('error', () => res(false)).listen(port, '127.0.0.1', () => s.close(() => res(true)));
});

async function main() {
  installExitHandlers(2 ** 31 - 1);   // no time limit (the largest timer Node allows)
  await ensureRuntime();
  const stage = await buildAndPackage({ id: `start-${process.pid}`, grep: '', keep: false, tests: [] });
  const data = resolve(root, process.env.PM_CS_DATA || '.cs-data');
  mkdirSync(data, { recursive: true });
  const dirs = codeServerDirs(data);
  rmSync(dirs.ext, { recursive: true, force: true });   // always the freshly built .vsix, nothing stale
  mkdirSync(dirs.ext, { recursive: true });
  await installVsix(dirs, stage.vsix, stage.id);
  const wanted = Number(process.env.PORT || 8080);
  if (!(await portFree(wanted))) { console.log(`port ${wanted} is taken, using a free one`); delete process.env.PORT; }
  else process.env.PORT = String(wanted);
  const folder = join(root, 'examples');
  const live = writeLiveIncident(folder, join(data, 'live-incident.sha256'));
  console.log(live.written ? `ongoing example incident (times relative to now): ${live.path}` : `kept ${live.path}: ${live.reason}`);
  // The first minute: the ongoing incident open, with the Postmortems view and the Problems panel (read once by the
  // extension at start-up; a user setting of this code-server only, never in the workspace).
  const settingsFile = join(dirs.user, 'User/settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  settings['postmortem.startup.open'] = [LIVE_FILE, 'incidents/2026-11-22-card-payments/incident.md'];
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  const server = await startCodeServer(dirs, folder, { logFile: join(data, 'code-server.log') });
  console.log(`\nPostmortem Author ${stage.manifest.version} is installed in code-server (VS Code 1.100.3).`);
  console.log(`Open in your browser:  ${server.base}?folder=${encodeURIComponent(folder)}`);
  console.log('Ctrl-C stops the server.\n');
  await new Promise(() => {});   // until a signal; the exit handlers stop code-server
}

main().catch(async (e) => { console.error(e.message || e); await cleanup(); process.exit(1); });
