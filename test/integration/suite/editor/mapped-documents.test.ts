// Documents without front matter that `.postmortem.yaml` `documents:` maps to a kind: one decision (the core's
// postmortemKind) for the diagnostics, the code actions, CodeLens, the timeline sidebar and the Markdown preview.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, exampleUri, waitFor, watcherReady, writeAndWatch } from '../../helpers';
import { pinClock, waitForCodes } from './shared';

const FOLDER = 'editor-tests/mapped';
/** An incident as teams wrote them before our front matter: a title, updates, no `kind`. */
const STATUS = '# Mail delays for some customers\n\n## Updates\n\n### 2026-11-22 14:05 UTC — Investigating\n'
  + 'Some customers cannot receive e-mail. We are investigating.\n';

interface SnapIncident { label: string; uri: string }
const snapshot = () => vscode.commands.executeCommand<SnapIncident[]>('postmortem.timeline._snapshot');

suite('Editor: documents mapped by .postmortem.yaml (no front matter)', () => {
  const doc = exampleUri(`${FOLDER}/status/mail.md`);
  const notes = exampleUri(`${FOLDER}/notes.md`);

  suiteSetup(async function () {
    this.timeout(60000);
    await activate();
    await pinClock();
    await watcherReady(`${FOLDER}/status`);
    await writeAndWatch(exampleUri(`${FOLDER}/.postmortem.yaml`), 'documents:\n  "status/*.md": incident\n');
    await writeAndWatch(notes, STATUS); // the same text outside the mapped folder stays ordinary Markdown
    await writeAndWatch(doc, STATUS);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
    await vscode.workspace.fs.delete(exampleUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  test('is linted on open; the same text outside the mapped folder is not', async () => {
    await vscode.window.showTextDocument(doc);
    await waitForCodes(doc, (c) => c.includes('PM001'), 'PM001 (no apology) on the mapped document');
    await vscode.window.showTextDocument(notes);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes).filter((d) => d.source === 'postmortem'), []);
  });

  test('is listed in the timeline sidebar, and the unmapped copy is not', async () => {
    const snap = await waitFor(snapshot, (s) => s.some((i) => i.uri === doc.toString()), 'the mapped incident in the sidebar', 15000);
    assert.strictEqual(snap.find((i) => i.uri === doc.toString())!.label, 'Mail delays for some customers');
    assert.ok(!snap.some((i) => i.uri === notes.toString()), 'ordinary Markdown is not listed');
  });

  test('gets its CodeLens and its preview banner', async () => {
    const opened = await vscode.workspace.openTextDocument(doc);
    await vscode.window.showTextDocument(opened);
    const lenses = await waitFor(
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc, 100),
      (ls) => ls.some((l) => l.command?.title.includes('No next update promised')), 'the update CodeLens', 15000);
    assert.strictEqual(lenses.filter((l) => l.command?.title.includes('No next update promised')).length, 1);
    // linted first, so the preview knows the document's configuration
    await waitForCodes(doc, (c) => c.length > 0, 'findings before the preview');
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', opened);
    assert.ok(html.includes('class="pm-banner'), html.slice(0, 300));
    const plain = await vscode.commands.executeCommand<string>('markdown.api.render', await vscode.workspace.openTextDocument(notes));
    assert.ok(!plain.includes('pm-banner'), 'no banner on ordinary Markdown');
  });
});
