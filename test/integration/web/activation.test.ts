import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_INCIDENT, closeAllEditors, extension, openExample, waitFor } from '../helpers';

suite('Web extension (browser bundle in the web extension host)', () => {
  suiteTeardown(closeAllEditors);

  test('opening an incident activates the browser bundle', async () => {
    const doc = await openExample(EXAMPLE_INCIDENT);
    assert.strictEqual(doc.languageId, 'markdown');
    const ext = extension();
    await waitFor(() => ext.isActive, Boolean, 'the extension to activate', 15000);
    await ext.activate();   // rejects with the error if activate() threw
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  test('Postmortem: Show Log is registered and runs', async () => {
    const registered = await vscode.commands.getCommands(true);
    assert.ok(registered.includes('postmortem.showLog'));
    await vscode.commands.executeCommand('postmortem.showLog');
  });

  test('no Node runtime here: the web bundle really runs in a worker', () => {
    assert.strictEqual(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined');
  });
});
