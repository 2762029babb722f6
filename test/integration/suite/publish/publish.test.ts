// Publishing inside a real VS Code: Copy Update for… (what lands on the clipboard, the problems shown first and the
// one click that copies anyway), Export Report as HTML (the written file parsed: escaping, the chart, no script), and
// the first-minute walkthrough as VS Code registered it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { elements, parseHtml as parse, textOf, walk } from '../../../unit/publish/html';
import { EXAMPLE_INCIDENT, EXAMPLE_REPORT, activate, closeAllEditors, createDocument, extension, openExample, sleep, waitFor, exampleUri } from '../../helpers';

interface Copied { format: string; text: string; update: number; problems: number }

const NOW = '2026-11-23T12:00:00Z';
const SENTINEL = 'clipboard before the command';

/** Runs a command that shows a quick pick, then presses Enter in it (its first item) until the command ends. */
async function acceptFirstPick<T>(command: Thenable<T>, timeoutMs = 15000): Promise<T> {
  let done = false;
  const result = Promise.resolve(command).finally(() => { done = true; });
  const started = Date.now();
  while (!done && Date.now() - started < timeoutMs) {
    await sleep(300);
    if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

const VENDOR_BLAME = `---
kind: incident
id: INC-PUB-1
title: Uploads failing
severity: sev2
status: identified
lang: en
started: 2026-11-23T10:00:00Z
---

# Uploads failing

## Impact
Customers cannot upload files.

## Updates

### 2026-11-23 10:10 UTC — Investigating
We are investigating failed uploads. We are sorry for the trouble. Next update by 10:40 UTC.

### 2026-11-23 10:38 UTC — Identified
<!-- postmortem-disable-next-line tone -->
This is not on our side: an outage at AWS caused it. Uploads & downloads <b>fail</b>. Next update by 11:05 UTC.

— Kim Park, Incident Lead · kim@example.com
`;

const HOSTILE_REPORT = `---
kind: rcca
incident: INC-PUB-2
title: "Login <script>alert(1)</script> & more"
severity: sev2
started: 2026-11-20T10:00:00Z
resolved: 2026-11-20T11:00:00Z
lang: en
---

# Login <script>alert(1)</script> & more

## Summary
We are sorry: logins failed <img src=x onerror=alert(2)> for an hour.

## Timeline
- 2026-11-20 10:00 UTC — Deploy starts
- 2026-11-20 10:05 UTC — Errors <rise>

## Root cause
A configuration change. [details](javascript:alert(3))

— Kim Park · kim@example.com
`;

suite('Publish', () => {
  suiteSetup(async () => {
    await activate();
    await vscode.commands.executeCommand('postmortem.setClock', NOW);
  });
  suiteTeardown(async function () {
    this.timeout(40000);
    await closeAllEditors();
    await vscode.commands.executeCommand('postmortem.setClock');
    // The other suites see the workspace we leave: no incident of ours in their Postmortems view.
    await vscode.workspace.fs.delete(exampleUri('publish-tests'), { recursive: true, useTrash: false });
    await waitFor(() => vscode.commands.executeCommand<Array<{ uri: string }>>('postmortem.timeline._snapshot'),
      (snap) => !snap.some((i) => i.uri.includes('/publish-tests/')), 'our incidents to leave the Postmortems view', 15000);
  });
  teardown(closeAllEditors);

  test('Copy Update for…: the latest update by default, the one under the cursor when there is one', async () => {
    const doc = await openExample(EXAMPLE_INCIDENT);
    await vscode.env.clipboard.writeText(SENTINEL);
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0); // front matter: no update under the cursor
    const slack = await vscode.commands.executeCommand<Copied>('postmortem.copyUpdate', { format: 'slack' });
    assert.ok(slack, 'copied');
    const clip = await vscode.env.clipboard.readText();
    assert.strictEqual(clip, slack.text);
    assert.match(clip, /^Card payments in the EU have worked normally since 15:22 UTC/);
    assert.ok(!clip.includes('###') && !clip.includes('Resolved') && !clip.includes('kind:'), clip);
    assert.match(clip, /— Jane Doe, Incident Lead · jane\.doe@example\.com$/, 'the signature is kept');
    assert.ok(!clip.includes('\n14:38'), 'one update only');

    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('### 14:38 UTC')) + 2;
    editor.selection = new vscode.Selection(line, 3, line, 3);
    const text = await vscode.commands.executeCommand<Copied>('postmortem.copyUpdate', { format: 'text' });
    assert.strictEqual(await vscode.env.clipboard.readText(), text.text);
    assert.match(text.text, /^We have found the cause: a change we made/);
    assert.ok(!text.text.includes('Card payments in the EU have worked normally'));
  });

  test('Copy Update for…: problems first; "Copy anyway" is the first item, Escape copies nothing', async () => {
    const doc = await createDocument('publish-tests/uploads.md', VENDOR_BLAME);
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'postmortem'),
      (ds) => ds.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code).includes('PM007')), 'the vendor-blame warning');
    await vscode.env.clipboard.writeText(SENTINEL);
    const cancelled = vscode.commands.executeCommand<Copied | undefined>('postmortem.copyUpdate', { format: 'html' });
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await cancelled, undefined);
    assert.strictEqual(await vscode.env.clipboard.readText(), SENTINEL, 'nothing copied when the problems list is dismissed');

    const copied = await acceptFirstPick(vscode.commands.executeCommand<Copied>('postmortem.copyUpdate', { format: 'html' }));
    assert.ok(copied && copied.problems >= 1, `the update's problems were listed: ${JSON.stringify(copied)}`);
    const html = await vscode.env.clipboard.readText();
    assert.strictEqual(html, copied.text);
    assert.ok(html.startsWith('<p>This is not on our side'), html);
    assert.ok(html.includes('Uploads &amp; downloads &lt;b&gt;fail&lt;/b&gt;'), 'escaped for HTML');
    assert.ok(!html.includes('postmortem-disable') && !html.includes('<!--'));
    assert.ok(html.includes('kim@example.com'));
  });

  test('Export Report as HTML: a standalone file next to the report, escaped, with the chart and no script', async () => {
    const doc = await createDocument('publish-tests/hostile-rcca.md', HOSTILE_REPORT);
    const target = await vscode.commands.executeCommand<vscode.Uri>('postmortem.exportHtml', doc.uri);
    assert.ok(target, 'exported');
    assert.strictEqual(target.toString(), exampleUri('publish-tests/hostile-rcca.html').toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const root = parse(html);
    assert.strictEqual(elements(root, 'script').length, 0, 'no script element');
    assert.strictEqual(elements(root, 'img').length, 0, 'no img element from the document');
    for (const a of elements(root, 'a')) assert.ok(!/^javascript:/i.test(a.attrs?.find((x) => x.name === 'href')?.value ?? ''));
    for (const n of walk(root)) for (const a of n.attrs ?? []) assert.ok(!/^on/i.test(a.name), `handler attribute ${a.name}`);
    assert.strictEqual(textOf(elements(root, 'title')[0]), 'Login <script>alert(1)</script> & more');
    assert.strictEqual(textOf(elements(root, 'h1')[0]), 'Login <script>alert(1)</script> & more');
    assert.ok(textOf(root).includes('Errors <rise>') || textOf(root).includes('<rise>'), 'timeline text kept as text');
    const svg = elements(elements(root, 'figure')[0], 'svg')[0];
    assert.ok(svg, 'the chart inline');
    assert.ok(textOf(svg).includes('Errors <rise>') || textOf(svg).includes('Deploy starts'), textOf(svg).slice(0, 300));
    assert.match(textOf(elements(root, 'style')[0]), /@media print/);
  });

  test('Export Report as HTML: never writes under an editor\'s unsaved changes to the target', async () => {
    const doc = await createDocument('publish-tests/dirty-rcca.md', HOSTILE_REPORT);
    const target = await vscode.commands.executeCommand<vscode.Uri>('postmortem.exportHtml', doc.uri);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const html = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
    await html.edit((e) => e.insert(new vscode.Position(0, 0), '<!-- my notes -->\n'));
    assert.ok(html.document.isDirty);
    assert.strictEqual(await vscode.commands.executeCommand('postmortem.exportHtml', doc.uri), undefined, 'refused');
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), before, 'the file on disk is unchanged');
    assert.ok(html.document.getText().startsWith('<!-- my notes -->'), 'the unsaved edit is still there');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Export Report as HTML: the example report is drawn with its incident\'s updates', async () => {
    await openExample(EXAMPLE_REPORT);
    const target = await vscode.commands.executeCommand<vscode.Uri>('postmortem.exportHtml');
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const svg = elements(parse(html), 'svg')[0];
    assert.match(svg.attrs!.find((a) => a.name === 'aria-label')!.value, /^INC-2026-0042 — /);
    await vscode.workspace.fs.delete(target); // the UI driver exports it again, as a user
  });

  test('the first-minute walkthrough is registered with five steps, each with a button that runs a command we have', async () => {
    const walkthroughs = (extension().packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: Array<{ id: string; description: string; media: { markdown?: string } }> }> } }).contributes.walkthroughs;
    assert.strictEqual(walkthroughs.length, 1);
    const steps = walkthroughs[0].steps;
    assert.deepStrictEqual(steps.map((s) => s.id), ['createIncident', 'postUpdate', 'openView', 'turnIntoReport', 'share']);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      // VS Code has already replaced %keys% with the texts of the UI language.
      assert.ok(!step.description.startsWith('%'), `${step.id}: description localised`);
      const links = [...step.description.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)];
      assert.ok(links.length >= 1, `${step.id}: a command button`);
      for (const [, id, arg] of links) {
        assert.ok(commands.has(id), `${step.id}: ${id} is a command`);
        if (arg) assert.ok(commands.has(JSON.parse(decodeURIComponent(arg)) as string), `${step.id}: ${arg} is a command`);
      }
      const media = vscode.Uri.joinPath(extension().extensionUri, step.media.markdown!);
      assert.ok((await vscode.workspace.fs.stat(media)).size > 100, `${step.id}: its media file`);
    }
    await vscode.commands.executeCommand('postmortem.openWalkthrough');
  });
});
