import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, exampleUri, workspaceRoot } from '../../helpers';
import { exists, pinClock, read, write } from './shared';

const T0 = Date.parse('2026-11-22T14:05:00Z');
const min = 60_000;

suite('Editor: commands', () => {
  let incident: vscode.Uri;

  suiteSetup(async () => {
    await activate();
    await pinClock(T0);
  });
  suiteTeardown(async () => {
    await pinClock(undefined as unknown as number);
    await closeAllEditors();
    // leave the shared workspace as we found it (other suites count its incidents)
    if (incident) await vscode.workspace.fs.delete(vscode.Uri.joinPath(incident, '..'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(exampleUri('.vscode/postmortem.code-snippets')).then(undefined, () => undefined);
  });

  test('New Incident creates incidents/<date>-<slug>/incident.md from the template and opens it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', {
      title: 'Editor test: logins failing', severity: 'sev1', lead: 'Jane Doe <jane.doe@example.com>', lang: 'en',
    });
    assert.ok(uri, 'a file was created');
    incident = uri!;
    assert.strictEqual(vscode.workspace.asRelativePath(uri!), 'incidents/2026-11-22-editor-test-logins-failing/incident.md');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri!.toString());
    const text = await read(uri!);
    assert.match(text, /^---\nkind: incident\n/);
    assert.match(text, /title: "Editor test: logins failing"|title: 'Editor test: logins failing'/);
    assert.match(text, /severity: sev1/);
    assert.match(text, /started: 2026-11-22T14:05:00Z/);
    assert.match(text, /### 2026-11-22 14:05 UTC — Investigating/);
    assert.match(text, /Next update by 14:20 UTC\./); // sev1 cadence: 15 minutes
    assert.ok(!text.includes('{{'), 'every placeholder rendered');
  });

  test('New Incident never overwrites: the same title again gets a new folder', async () => {
    const before = await read(incident);
    const again = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newIncident', {
      title: 'Editor test: logins failing', severity: 'sev3', lead: 'Sam <sam@example.com>', lang: 'fr',
    });
    assert.strictEqual(vscode.workspace.asRelativePath(again!), 'incidents/2026-11-22-editor-test-logins-failing-2/incident.md');
    assert.strictEqual(await read(incident), before);
    assert.match(await read(again!), /### 2026-11-22 14:05 UTC — Enquête en cours/);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(again!, '..'), { recursive: true });
  });

  test('New Status Update inserts the next update stamped now with the cadence\'s next-update line', async () => {
    await pinClock(T0 + 14 * min);
    await vscode.window.showTextDocument(incident);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.newStatusUpdate', { phase: 'identified' }), true);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /### 2026-11-22 14:19 UTC — Identified\n[\s\S]*Next update by 14:34 UTC\./);
    assert.ok(text.indexOf('— Identified') > text.indexOf('— Investigating') && text.indexOf('— Identified') < text.indexOf('## Timeline'));
  });

  test('Add Timeline Entry adds an entry stamped now and leaves the caret after it', async () => {
    await pinClock(T0 + 20 * min);
    const editor = await vscode.window.showTextDocument(incident);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.addTimelineEntry'), true);
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.strictEqual(line, '- 2026-11-22 14:25 UTC — ');
    assert.strictEqual(editor.selection.active.character, line.length);
    await editor.edit((b) => b.insert(editor.selection.active, 'Rollback started'));
  });

  test('the status bar counts down to the promised update, then warns when it is overdue', async () => {
    await vscode.window.showTextDocument(incident);
    await pinClock(T0 + 20 * min); // 14:25, next promised 14:34
    let state = await vscode.commands.executeCommand<{ visible: boolean; text: string; overdue: boolean }>('postmortem.statusBarState');
    assert.strictEqual(state.visible, true);
    assert.match(state.text, /Next update in 9 min/);
    assert.strictEqual(state.overdue, false);
    await pinClock(T0 + 40 * min); // 14:45
    state = await vscode.commands.executeCommand('postmortem.statusBarState');
    assert.match(state.text, /Update overdue by 11 min/);
    assert.strictEqual(state.overdue, true);
  });

  test('a CodeLens over each update shows its promised next time', async () => {
    await pinClock(T0 + 20 * min);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', incident, 100);   // resolved, as VS Code does for the lenses in view
    const titles = (lenses ?? []).map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => t.includes('Next update promised by 2026-11-22 14:20 UTC')), titles.join(' | '));
    assert.ok(titles.some((t) => t.includes('Next update promised by 2026-11-22 14:34 UTC') && t.includes('in 9 min')), titles.join(' | '));
  });

  test('Mark Resolved sets resolved and adds the final update with the recovery notice', async () => {
    await pinClock(T0 + 60 * min); // 15:05
    await vscode.window.showTextDocument(incident);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.markResolved'), true);
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /\nstatus: resolved\n/);
    assert.match(text, /\nresolved: 2026-11-22T15:05:00Z\n/);
    assert.match(text, /### 2026-11-22 15:05 UTC — Resolved\n[\s\S]*No data was lost[\s\S]*report[\s\S]*2026-11-25 15:05 UTC/);
    // now the status bar counts down to the report
    const state = await vscode.commands.executeCommand<{ text: string; overdue: boolean }>('postmortem.statusBarState');
    assert.match(state.text, /Report due in 72 h/);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.markResolved'), false, 'a second time is refused');
    await vscode.window.activeTextEditor!.document.save();
  });

  test('New Cause and Corrective Action Report carries the incident over and links both ways', async () => {
    await pinClock(T0 + 24 * 60 * min);
    await vscode.window.showTextDocument(incident);
    const report = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newReport');
    assert.ok(report);
    assert.strictEqual(vscode.workspace.asRelativePath(report!), 'incidents/2026-11-22-editor-test-logins-failing/rcca.md');
    const text = await read(report!);
    assert.match(text, /^---\nkind: rcca\nincident: INC-20261122-1405\n/);
    assert.match(text, /severity: sev1/);
    assert.match(text, /resolved: 2026-11-22T15:05:00Z/);
    assert.match(text, /publish-by: 2026-11-25T15:05:00Z/);
    assert.match(text, /- 2026-11-22 14:25 UTC — Rollback started/);
    const incidentText = (await vscode.workspace.openTextDocument(incident)).getText();
    assert.match(incidentText, /\nreport: rcca\.md\n/);
    // the report's own status bar: publish-by countdown
    await vscode.window.showTextDocument(report!);
    const state = await vscode.commands.executeCommand<{ text: string }>('postmortem.statusBarState');
    assert.match(state.text, /Report due in 49 h/); // 2026-11-25 15:05 − 2026-11-23 14:05
    // asking again opens the linked report instead of creating another
    await vscode.window.showTextDocument(incident);
    const again = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newReport');
    assert.strictEqual(again?.toString(), report!.toString());
    assert.strictEqual(await exists(vscode.Uri.joinPath(report!, '..', 'rcca-2.md')), false);
  });

  test('Save Selection as Team Snippet adds to .vscode/postmortem.code-snippets and keeps what is there', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'postmortem.code-snippets');
    const existing = '{\n  // team snippets\n  "Existing": { "prefix": "pm-x", "body": ["x"] } // ours\n}\n';
    await write('.vscode/postmortem.code-snippets', existing);
    const editor = await vscode.window.showTextDocument(incident);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('No data was lost') || l.includes('No data was lost'));
    editor.selection = new vscode.Selection(line, 0, line, editor.document.lineAt(line).text.length);
    const saved = await vscode.commands.executeCommand<vscode.Uri>('postmortem.saveSelectionAsSnippet', { name: 'Recovery', prefix: 'pm-recovery' });
    assert.strictEqual(saved?.toString(), file.toString());
    const text = await read(file);
    // the existing entry keeps its formatting and its comment: only a comma and the new entry are inserted
    assert.ok(text.startsWith('{\n  // team snippets\n  "Existing": { "prefix": "pm-x", "body": ["x"] }, // ours\n  "Recovery": {\n'), text);
    const data = JSON.parse(text.replace(/\/\/.*$/gm, '')) as Record<string, { prefix: string; body: string[] }>;
    assert.strictEqual(data.Recovery.prefix, 'pm-recovery');
    assert.match(data.Recovery.body[0], /No data was lost/);
  });

  test('Save Selection as Team Snippet leaves an unparseable file untouched', async () => {
    const file = await write('.vscode/postmortem.code-snippets', '{ "A": { "prefix": "a" "body": [] } }');
    const editor = await vscode.window.showTextDocument(incident);
    editor.selection = new vscode.Selection(0, 0, 1, 0);
    const saved = await vscode.commands.executeCommand('postmortem.saveSelectionAsSnippet', { name: 'X', prefix: 'pm-x' });
    assert.strictEqual(saved, undefined);
    assert.strictEqual(await read(file), '{ "A": { "prefix": "a" "body": [] } }');
    await vscode.workspace.fs.delete(file);
  });

  test('Open Configuration opens the .postmortem.yaml that applies, without rewriting it', async () => {
    const root = exampleUri('.postmortem.yaml');
    const before = await read(root);
    await vscode.window.showTextDocument(incident);
    const opened = await vscode.commands.executeCommand<vscode.Uri>('postmortem.openConfiguration');
    assert.strictEqual(opened?.toString(), root.toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), root.toString());
    assert.strictEqual(await read(root), before);
  });

  test('Open Configuration creates one with the defaults where a folder has none (and it parses cleanly)', async () => {
    // a nested folder's own config: created through the command's folder argument when no config is nearer
    const root = exampleUri('.postmortem.yaml');
    const saved = await read(root);
    await vscode.workspace.fs.delete(root);
    try {
      await closeAllEditors();
      const created = await vscode.commands.executeCommand<vscode.Uri>('postmortem.openConfiguration', { folder: workspaceRoot() });
      assert.strictEqual(created?.toString(), root.toString());
      const text = await read(root);
      assert.match(text, /publish-deadline: \{ hours: 72 \}/);
      await vscode.window.showTextDocument(incident); // linting a document publishes its config file's problems
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepStrictEqual(vscode.languages.getDiagnostics(root).filter((d) => d.source === 'postmortem'), []);
    } finally {
      await vscode.workspace.fs.writeFile(root, new TextEncoder().encode(saved));
    }
  });
});
