import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_INCIDENT, EXAMPLE_REPORT, activate, closeAllEditors, extension, openExample, waitFor } from '../helpers';

interface Manifest { contributes?: { commands?: { command: string }[] }; main?: string; browser?: string }

suite('Activation (Node extension host)', () => {
  suiteTeardown(closeAllEditors);

  test('the installed extension is the packaged one, with both entry points', () => {
    const ext = extension();
    const manifest = ext.packageJSON as Manifest;
    assert.strictEqual(manifest.main, './dist/node/extension.js');
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.ok(!ext.extensionUri.path.includes('/src/'), `unexpected extension location ${ext.extensionUri.toString()}`);
  });

  test('opening an incident from the workspace activates the extension', async () => {
    const doc = await openExample(EXAMPLE_INCIDENT);
    assert.strictEqual(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^---\nkind: incident\n/);
    const ext = extension();
    await waitFor(() => ext.isActive, Boolean, 'the extension to activate', 15000);
    await ext.activate();   // rejects with the error if activate() threw
    assert.strictEqual(ext.isActive, true);
  });

  test('the report opens as markdown too', async () => {
    const doc = await openExample(EXAMPLE_REPORT);
    assert.strictEqual(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^---\nkind: rcca\n/);
  });

  test('every contributed command has a handler', async () => {
    const ext = extension();
    await ext.activate();
    const contributed = ((ext.packageJSON as Manifest).contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.includes('postmortem.showLog'), 'postmortem.showLog is contributed');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, [], `contributed in package.json but not registered: ${missing.join(', ')}`);
  });

  test('Postmortem: Show Log shows our log, which says the extension started and with how many features', async () => {
    await activate();
    await vscode.commands.executeCommand('postmortem.showLog');
    // the output panel's document of the channel shown, synced to the extension host like any open document
    const shown = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && decodeURIComponent(d.uri.toString()).includes('Postmortem Author')),
      Boolean, 'the Postmortem Author output channel to be shown', 15000);
    const text = await waitFor(() => shown!.getText(), (t) => /active \(/.test(t), 'the activation line in the log');
    const version = String((extension().packageJSON as { version: string }).version);
    assert.match(text, new RegExp(`Postmortem Author ${version.replace(/\./g, '\\.')} active \\(\\d+ features, node bundle\\)`), text);
    assert.doesNotMatch(text, /failed to start/, 'no feature failed to start');
  });

  test('runs in the Node extension host of VS Code >= 1.100', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || minor >= 100, `VS Code ${vscode.version}`);
    assert.strictEqual(typeof process.versions.node, 'string');
    console.log(`    VS Code ${vscode.version}, Node ${process.version}, remote ${vscode.env.remoteName ?? 'none'}`);
  });
});
