// Issue 11 item 24 (editor side), the cases workspace-paths.test.ts leaves out: an absolute postmortem.templates
// outside the workspace, and templates: in the workspace's .postmortem.yaml pointing outside it. Either way New
// Incident must not read the template written there. Each refusal comes after the same setting pointing at a template
// folder inside the workspace, which New Incident uses: the setting is read, so only the boundary keeps the other out.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, sleep, workspaceRoot, writeAndWatch } from '../../helpers';
import { pinClock, read } from './shared';

const template = (mark: string) => `---\nkind: incident\ntitle: {{title}}\n---\n${mark}\n`;

suite('Editor: templates outside the workspace are never read', function () {
  // Two New Incident runs and a settings or team file change per test: more than the default 20 s on a busy machine.
  this.timeout(90_000);
  const outside = vscode.Uri.joinPath(workspaceRoot(), '..', 'pm-boundary-outside');
  const inside = vscode.Uri.joinPath(workspaceRoot(), 'pm-boundary-templates');
  const teamConfig = vscode.Uri.joinPath(workspaceRoot(), '.postmortem.yaml');
  const settings = () => vscode.workspace.getConfiguration('postmortem', workspaceRoot());
  const made: vscode.Uri[] = [];
  let teamConfigText: Uint8Array | undefined;

  const newIncident = async (title: string): Promise<string> => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newIncident', {
      title, severity: 'sev3', lead: 'Jane Doe <jane.doe@example.com>', lang: 'en',
    });
    assert.ok(created, 'the incident is created (from the built-in template)');
    made.push(vscode.Uri.joinPath(created!, '..'));
    return read(created!);
  };

  suiteSetup(async () => {
    await activate();
    await pinClock('2026-11-22T14:05:00Z');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, 'incident.md'), new TextEncoder().encode(template('OUTSIDE TEMPLATE')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(inside, 'incident.md'), new TextEncoder().encode(template('INSIDE TEMPLATE')));
    teamConfigText = await vscode.workspace.fs.readFile(teamConfig);
  });
  suiteTeardown(async () => {
    await settings().update('templates', undefined, vscode.ConfigurationTarget.Workspace);
    // The example workspace's own team file, byte for byte.
    if (teamConfigText) await writeAndWatch(teamConfig, new TextDecoder().decode(teamConfigText));
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
    for (const uri of [outside, inside, ...made]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  /** Writes the team file with `templates: value` and gives the extension's watcher a moment to drop its cache. */
  const teamTemplates = async (value: string) => {
    const team = new TextDecoder().decode(teamConfigText);
    await writeAndWatch(teamConfig, `${team.trimEnd()}\ntemplates: ${value}\n`);
    await sleep(500);
  };

  test('an absolute postmortem.templates outside the workspace is refused: the built-in template is used', async () => {
    await settings().update('templates', inside.fsPath, vscode.ConfigurationTarget.Workspace);
    assert.match(await newIncident('Absolute template inside test'), /INSIDE TEMPLATE/, 'an absolute folder inside the workspace is used');
    await settings().update('templates', outside.fsPath, vscode.ConfigurationTarget.Workspace);
    const text = await newIncident('Absolute template outside test');
    assert.ok(!text.includes('OUTSIDE TEMPLATE'), 'the template outside the workspace was not used');
    assert.match(text, /## Updates|### 2026-11-22 14:05 UTC/);
    await settings().update('templates', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('templates: in .postmortem.yaml pointing outside the workspace is refused: the built-in template is used', async () => {
    await teamTemplates('pm-boundary-templates');
    assert.match(await newIncident('Team template inside test'), /INSIDE TEMPLATE/, 'a templates folder inside the workspace is used');
    await teamTemplates('../pm-boundary-outside');
    const text = await newIncident('Team template outside test');
    assert.ok(!text.includes('OUTSIDE TEMPLATE'), 'the template outside the workspace was not used');
    assert.match(text, /## Updates|### 2026-11-22 14:05 UTC/);
  });
});
