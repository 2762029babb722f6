// The editor reads configuration files as the CLI does: regular files only. A named pipe reached by `extends`
// would never finish reading; the documents under it must still be linted (the pipe counts as a missing file).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activate, closeAllEditors, exampleUri, watcherReady, writeAndWatch } from '../../helpers';
import { NO_APOLOGY, ours, pinClock, waitForCodes } from './shared';

const FOLDER = 'editor-tests/config-pipe';

suite('Editor: configuration files', () => {
  const pipe = exampleUri(`${FOLDER}/base.yaml`);

  suiteSetup(async function () {
    this.timeout(40000);
    await activate();
    await pinClock();
    await watcherReady(FOLDER);
  });
  suiteTeardown(async () => {
    // A reader still waiting on the pipe (the bug this guards against) gets its end of file, and the test leaves
    // nothing blocked behind it.
    try { fs.closeSync(fs.openSync(pipe.fsPath, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)); } catch { /* no reader */ }
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
    await vscode.workspace.fs.delete(exampleUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  test('`extends` naming a named pipe does not block: the document is linted and the config says what is wrong', async function () {
    this.timeout(30000);
    execFileSync('mkfifo', [pipe.fsPath]);
    const config = exampleUri(`${FOLDER}/.postmortem.yaml`);
    await writeAndWatch(config, 'extends: ./base.yaml\n');
    const doc = exampleUri(`${FOLDER}/incident.md`);
    await writeAndWatch(doc, NO_APOLOGY);
    await vscode.window.showTextDocument(doc);
    await waitForCodes(doc, (c) => c.includes('PM001'), 'PM001 on the document under the pipe config', 15000);
    const problems = ours(config).map((d) => d.message);
    assert.ok(problems.some((m) => m.includes('base.yaml')), `a problem on .postmortem.yaml names the pipe: ${JSON.stringify(problems)}`);
  });
});
