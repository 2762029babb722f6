// Import Incident from Status Page in the web extension host (browser bundle, no Node API): pasted JSON becomes a
// new incident document on the virtual file system, opened in the editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors } from '../helpers';
import ZH_HANT_JSON from '../../fixtures/import/zh-Hant.json';

suite('Web: Import Incident from Status Page', () => {
  let created: vscode.Uri | undefined;
  suiteSetup(() => activate());
  suiteTeardown(async () => {
    await closeAllEditors();
    if (created) await vscode.workspace.fs.delete(vscode.Uri.joinPath(created, '..'), { recursive: true }).then(undefined, () => undefined);
  });

  test('pasted JSON is written through vscode.workspace.fs and opened', async () => {
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident', { text: JSON.stringify(ZH_HANT_JSON) });
    assert.strictEqual(uris?.length, 1);
    created = uris![0];
    assert.ok(created.path.endsWith('/incidents/2026-11-22-報表匯出延遲/incident.md'), created.path);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.match(text, /^severity: sev4$/m);
    assert.match(text, /^lang: zh-Hant$/m);
    assert.match(text, /### 2026-11-22 05:05 UTC — 調查中/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
  });
});
