import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activate, closeAllEditors, exampleUri, watcherReady, writeAndWatch } from '../../helpers';
import { NO_APOLOGY, codeOf, ours, pinClock, waitForCodes, write } from './shared';

suite('Editor: diagnostics', () => {
  suiteSetup(async function () {
    this.timeout(40000);
    await activate();
    await pinClock();
    await watcherReady('editor-tests/diag'); // the tests below follow files created and deleted there
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('postmortem.setClock'); // real time again for the suites after us
    await closeAllEditors();
    await vscode.workspace.fs.delete(exampleUri('editor-tests/diag'), { recursive: true }).then(undefined, () => undefined);
  });

  test('an incident is linted on open: codes link to the rule docs, as postmortem diagnostics', async () => {
    const uri = await write('editor-tests/diag/incident.md', NO_APOLOGY);
    await vscode.window.showTextDocument(uri);
    const ds = await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001 (apology) on open');
    const apology = ds.find((d) => codeOf(d) === 'PM001')!;
    assert.strictEqual(apology.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(typeof apology.code === 'object');
    assert.strictEqual((apology.code as { target: vscode.Uri }).target.toString(),
      'https://github.com/postmortem-author/postmortem-author/blob/main/docs/rules/apology.md');
    assert.match(apology.message, /\S/);
  });

  test('as you type: the finding goes when the apology is written, and comes back when it is removed', async () => {
    const uri = exampleUri('editor-tests/diag/incident.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('We are investigating'));
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), 'We are sorry for the disruption this causes you. '));
    await waitForCodes(uri, (c) => !c.includes('PM001'), 'PM001 to go after typing an apology');
    await vscode.commands.executeCommand('undo');
    await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001 back after undo');
  });

  test('ordinary Markdown stays quiet', async () => {
    const uri = await write('editor-tests/diag/notes.md', '# Notes\n\nWe blame the CDN!!! 😀\n');
    await vscode.window.showTextDocument(uri);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(ours(uri), []);
  });

  test('a .postmortem.yaml next to the document switches a rule off, and deleting it brings it back', async () => {
    const uri = exampleUri('editor-tests/diag/incident.md');
    await vscode.window.showTextDocument(uri);
    await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001 before the config');
    const config = await write('editor-tests/diag/.postmortem.yaml', 'rules:\n  apology: off\n');
    await waitForCodes(uri, (c) => !c.includes('PM001'), 'PM001 switched off by .postmortem.yaml');
    await vscode.workspace.fs.delete(config);
    await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001 back after the config is deleted');
  });

  test('a broken .postmortem.yaml is reported on the file itself', async () => {
    const uri = exampleUri('editor-tests/diag/incident.md');
    await vscode.window.showTextDocument(uri);
    const config = await write('editor-tests/diag/.postmortem.yaml', 'rules:\n  apology: [\n');
    const ds = await waitForCodes(config, (c) => c.length > 0, 'a problem on the broken config file');
    assert.ok(ds.every((d) => d.range.start.line <= 2));
    await vscode.workspace.fs.delete(config);
    await waitForCodes(config, (c) => c.length === 0, 'config problems cleared after deletion');
  });

  test('Lint Workspace lints files that are not open, and deleting a file clears its diagnostics', async () => {
    const uri = exampleUri('editor-tests/diag/closed.md');
    await writeAndWatch(uri, NO_APOLOGY);
    const done = await vscode.commands.executeCommand<number>('postmortem.lintWorkspace');
    assert.ok(typeof done === 'number' && done >= 2, `linted ${String(done)} files`);
    await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001 on the unopened file');
    await vscode.workspace.fs.delete(uri);
    await waitForCodes(uri, (c) => c.length === 0, 'diagnostics cleared after deletion');
  });

  test('deleting a whole folder (rm -rf) clears the diagnostics of every file in it', async function () {
    this.timeout(40000);
    const first = exampleUri('editor-tests/diag/gone/a.md');
    const second = exampleUri('editor-tests/diag/gone/deeper/b.md');
    // The folders watched before the files arrive (a file written together with its new folder may never be
    // reported), and the files seen by the watcher before they go (created and deleted within one batch of events is
    // no event at all).
    await watcherReady('editor-tests/diag/gone/deeper');
    await writeAndWatch(first, NO_APOLOGY);
    await writeAndWatch(second, NO_APOLOGY);
    await vscode.commands.executeCommand<number>('postmortem.lintWorkspace');
    await waitForCodes(first, (c) => c.includes('PM001'), 'PM001 on a.md');
    await waitForCodes(second, (c) => c.includes('PM001'), 'PM001 on deeper/b.md');
    fs.rmSync(exampleUri('editor-tests/diag/gone').fsPath, { recursive: true }); // as a shell or git would
    await waitForCodes(first, (c) => c.length === 0, 'a.md cleared after its folder went');
    await waitForCodes(second, (c) => c.length === 0, 'deeper/b.md cleared after its folder went');
  });
});
