// Issue 11 item 24 (editor side): the templates folder and the incidents folder stay inside the workspace folder,
// whatever the settings say; both settings are restricted in untrusted workspaces.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, extension, workspaceRoot } from '../../helpers';
import { exists, pinClock, read } from './shared';

interface Manifest { capabilities?: { untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: string[] } } }

suite('Editor: paths stay inside the workspace', () => {
  const outside = vscode.Uri.joinPath(workspaceRoot(), '..', 'pm-outside-the-workspace');
  const settings = () => vscode.workspace.getConfiguration('postmortem', workspaceRoot());
  const made: vscode.Uri[] = [];

  suiteSetup(async () => {
    await activate();
    await pinClock('2026-11-22T14:05:00Z');
  });
  suiteTeardown(async () => {
    await settings().update('incidentsFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('templates', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
    for (const uri of [outside, ...made]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  test('both settings are restricted in untrusted workspaces', () => {
    const trust = (extension().packageJSON as Manifest).capabilities?.untrustedWorkspaces;
    assert.strictEqual(trust?.supported, 'limited');
    assert.deepStrictEqual([...(trust?.restrictedConfigurations ?? [])].sort(), ['postmortem.incidentsFolder', 'postmortem.templates']);
  });

  for (const value of ['../pm-outside-the-workspace', 'incidents/../../pm-outside-the-workspace']) {
    test(`New Incident refuses postmortem.incidentsFolder "${value}" and creates nothing outside`, async () => {
      await settings().update('incidentsFolder', value, vscode.ConfigurationTarget.Workspace);
      const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newIncident', {
        title: 'Outside test', severity: 'sev3', lead: 'Jane Doe <jane.doe@example.com>', lang: 'en',
      });
      if (created) made.push(vscode.Uri.joinPath(created, '..'));
      assert.strictEqual(created, undefined, `created ${created?.toString()}`);
      assert.strictEqual(await exists(outside), false, 'no folder outside the workspace');
    });
  }

  test('an absolute postmortem.incidentsFolder elsewhere is refused too', async () => {
    await settings().update('incidentsFolder', outside.path, vscode.ConfigurationTarget.Workspace);
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newIncident', {
      title: 'Outside test absolute', severity: 'sev3', lead: 'Jane Doe <jane.doe@example.com>', lang: 'en',
    });
    if (created) made.push(vscode.Uri.joinPath(created, '..'));
    assert.strictEqual(created, undefined, `created ${created?.toString()}`);
    assert.strictEqual(await exists(outside), false, 'no folder outside the workspace');
  });

  test('templates outside the workspace are not read: the built-in template is used', async () => {
    await settings().update('incidentsFolder', undefined, vscode.ConfigurationTarget.Workspace);
    const template = vscode.Uri.joinPath(outside, 'incident.md');
    await vscode.workspace.fs.writeFile(template, new TextEncoder().encode('---\nkind: incident\ntitle: {{title}}\n---\nOUTSIDE TEMPLATE\n'));
    await settings().update('templates', '../pm-outside-the-workspace', vscode.ConfigurationTarget.Workspace);
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newIncident', {
      title: 'Template outside test', severity: 'sev3', lead: 'Jane Doe <jane.doe@example.com>', lang: 'en',
    });
    assert.ok(created, 'the incident is created from the built-in template');
    made.push(vscode.Uri.joinPath(created!, '..'));
    const text = await read(created!);
    assert.ok(!text.includes('OUTSIDE TEMPLATE'), 'the template outside the workspace was not used');
    assert.match(text, /## Updates|### 2026-11-22 14:05 UTC/);
  });
});
