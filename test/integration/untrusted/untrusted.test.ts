// The extension in a workspace that is not trusted (Restricted Mode), in the real VS Code: run.mjs opens the example
// workspace in a second code-server whose profile turns workspace trust on and never asks, with workspace settings
// that point postmortem.incidentsFolder and postmortem.templates at folders of the workspace (a template there says
// WORKSPACE TEMPLATE). Both settings are restrictedConfigurations: untrusted, the workspace's values must not apply,
// while linting, which runs nothing from the workspace, works as usual (issue 11 item 24).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_INCIDENT, activate, closeAllEditors, openExample, waitFor, workspaceRoot } from '../helpers';
import { ours, pinClock, read } from '../suite/editor/shared';

suite('Untrusted workspace (Restricted Mode)', () => {
  const settings = () => vscode.workspace.getConfiguration('postmortem', workspaceRoot());
  suiteSetup(async () => {
    await activate();
    await pinClock('2026-11-22T14:05:00Z');
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
  });

  test('the window really is in Restricted Mode, and the workspace does set both settings', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const written = JSON.parse(await read(vscode.Uri.joinPath(workspaceRoot(), '.vscode/settings.json'))) as Record<string, string>;
    assert.strictEqual(written['postmortem.incidentsFolder'], 'untrusted-incidents');
    assert.strictEqual(written['postmortem.templates'], 'untrusted-templates');
  });

  test('documents are linted as in a trusted workspace', async () => {
    const doc = await openExample(EXAMPLE_INCIDENT);
    const diags = await waitFor(() => ours(doc.uri), (ds) => ds.length > 0, 'diagnostics in Restricted Mode');
    assert.ok(diags.length > 0);
  });

  test('the workspace values of the restricted settings do not apply', () => {
    assert.notStrictEqual(settings().get('incidentsFolder'), 'untrusted-incidents');
    assert.notStrictEqual(settings().get('templates'), 'untrusted-templates');
  });

  test('New Incident creates in the default folder from the built-in template', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newIncident', {
      title: 'Untrusted test', severity: 'sev3', lead: 'Jane Doe <jane.doe@example.com>', lang: 'en',
    });
    assert.ok(created, 'an incident is created');
    const relative = created!.path.slice(workspaceRoot().path.length + 1);
    assert.ok(!relative.startsWith('untrusted-incidents/'), `created at ${relative}`);
    const text = await read(created!);
    assert.ok(!text.includes('WORKSPACE TEMPLATE'), 'the workspace template was not used');
    assert.match(text, /## Updates/);
  });
});
