// Publishing in the web extension host (vscode.dev, github.dev): the same commands through the browser bundle and the
// workspace's virtual file system.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_REPORT, EXAMPLE_INCIDENT, closeAllEditors, exampleUri, openExample } from '../helpers';

suite('Web: publish', () => {
  suiteTeardown(closeAllEditors);

  test('Copy Update for… puts the latest update on the clipboard as Markdown', async () => {
    await openExample(EXAMPLE_INCIDENT);
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    const copied = await vscode.commands.executeCommand<{ text: string }>('postmortem.copyUpdate', { format: 'markdown' });
    assert.ok(copied, 'copied');
    assert.match(copied.text, /^Card payments in the EU have worked normally since 15:22 UTC/);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied.text);
  });

  test('Export Report as HTML writes the page through the virtual file system', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri>('postmortem.exportHtml', exampleUri(EXAMPLE_REPORT));
    assert.ok(target, 'exported');
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes('<svg') && !/<script/i.test(html));
    await vscode.workspace.fs.delete(target);
  });
});
