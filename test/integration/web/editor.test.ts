// The editor features in the web extension host (browser bundle, no Node API): diagnostics, a quick fix, the
// status bar and a command that creates a file through vscode.workspace.fs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, codeActions, waitFor } from '../helpers';
import TEXT from '../fixtures/incident-no-apology.md';

const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri)
  .filter((d) => d.source === 'postmortem').map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));

suite('Web: editor features', () => {
  suiteSetup(async () => {
    await activate();
    await vscode.commands.executeCommand('postmortem.setClock', '2026-11-22T14:20:00Z');
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
  });

  test('diagnostics, the preferred quick fix and the status bar work in the browser bundle', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: TEXT });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => codes(doc.uri), (c) => c.includes('PM001'), 'PM001 in the web extension host', 15000);
    const d = vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'postmortem' && typeof x.code === 'object' && x.code.value === 'PM001')!;
    const actions = await codeActions(doc.uri, d.range, (as) => as.some((a) => a.isPreferred));
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.workspace.applyEdit(fix!.edit!);
    await waitFor(() => codes(doc.uri), (c) => !c.includes('PM001'), 'PM001 fixed', 15000);
    const state = await vscode.commands.executeCommand<{ text: string }>('postmortem.statusBarState');
    assert.match(state.text, /Next update in 20 min/);
  });

  test('New Incident writes through vscode.workspace.fs on the virtual file system', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', {
      title: 'Web incident', severity: 'sev3', lead: 'Jane Doe <jane.doe@example.com>', lang: 'de',
    });
    assert.ok(uri, 'created');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri!));
    assert.match(text, /### 2026-11-22 14:20 UTC — Untersuchung/);
    assert.match(text, /Nächste Aktualisierung: spätestens 15:20 UTC\./);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri!, '..'), { recursive: true });
  });
});
