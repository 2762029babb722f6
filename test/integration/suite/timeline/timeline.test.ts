// The Postmortems view inside a real VS Code: a workspace with several incidents and reports (copied from
// test/fixtures/workspaces/timeline), the tree's rows and order, live edits, the filter, the chart and its export.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAllEditors, waitFor, watcherReady, workspaceRoot } from '../../helpers';

interface SnapRow { label: string; description?: string; kind: string; line: number; command?: string }
interface SnapIncident { label: string; description?: string; contextValue?: string; uri: string; rows: SnapRow[] }

const FOLDER = 'timeline-fixtures';
/** The editor's clock is pinned for this suite, so countdowns are exact. */
const NOW = '2026-11-23T00:30:00Z';

/** The fixtures live in the repository; the suite bundle runs from .integration-runs/<id>/ inside it. */
function fixturesDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'fixtures', 'workspaces', 'timeline');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`test/fixtures/workspaces/timeline not found above ${__dirname}`);
  }
}

const snapshot = () => vscode.commands.executeCommand<SnapIncident[]>('postmortem.timeline._snapshot');
const byFile = (snap: SnapIncident[], file: string) => snap.find((i) => i.uri.endsWith(`/${FOLDER}/${file}`));
const fileUri = (file: string) => vscode.Uri.joinPath(workspaceRoot(), FOLDER, file);

suite('Timeline view', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await activate();
    await watcherReady(FOLDER); // the tree must see the fixture files arrive in it
    await vscode.commands.executeCommand('postmortem.setClock', NOW);
    const src = fixturesDir();
    const dest = path.join(workspaceRoot().fsPath, FOLDER);
    for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(dest, f));
    // The file watcher picks the new files up; wait until all four postmortem documents are in the tree.
    await waitFor(snapshot, (s) => ['ongoing-login.md', 'resolved-search.md', 'resolved-dns.md'].every((f) => byFile(s, f)),
      'the fixture incidents in the tree', 15000);
  });

  teardown(closeAllEditors);
  suiteTeardown(() => vscode.commands.executeCommand('postmortem.setClock'));

  test('lists incidents with ongoing ones on top, then newest first; reports attach to their incident', async () => {
    const snap = await snapshot();
    const order = snap.map((i) => i.uri);
    const pos = (f: string) => order.findIndex((u) => u.endsWith(`/${FOLDER}/${f}`));
    assert.strictEqual(pos('ongoing-login.md'), 0, `ongoing first: ${order.join(', ')}`);
    assert.ok(pos('resolved-search.md') < pos('resolved-dns.md'), 'newest resolved first');
    assert.strictEqual(pos('resolved-dns-rcca.md'), -1, 'the report is a row of its incident, not a node');
    assert.strictEqual(pos('notes.md'), -1, 'ordinary Markdown is ignored');
    const ongoing = byFile(snap, 'ongoing-login.md')!;
    assert.strictEqual(ongoing.label, 'Sign-in failing for some customers');
    assert.strictEqual(ongoing.description, 'SEV1 · Identified · for 1 h');
    assert.strictEqual(ongoing.contextValue, 'postmortem.incident.ongoing');
    const dns = byFile(snap, 'resolved-dns.md')!;
    assert.strictEqual(dns.label, 'Website unreachable <DNS> & "status" page', 'titles shown as written');
    assert.strictEqual(dns.contextValue, 'postmortem.incident.resolved');
  });

  test('rows: updates and entries in time order, the missed promise, the silence and the next update due', async () => {
    const rows = byFile(await snapshot(), 'ongoing-login.md')!.rows;
    assert.deepStrictEqual(rows.map((r) => r.kind), ['entry', 'entry', 'update', 'entry', 'late', 'update', 'silence', 'nextDue']);
    assert.deepStrictEqual(rows.slice(0, 4).map((r) => r.label), [
      '23:30 UTC — Certificate of the sign-in service expires',
      '23:32 UTC — Error-rate alert fires',
      '2026-11-22 23:40 UTC — Investigating',
      '2026-11-23 00:01 UTC — Expired certificate identified',
    ]);
    assert.strictEqual(rows[4].label, 'update 10 min later than promised');
    assert.strictEqual(rows[6].label, 'no update for 25 min');
    assert.strictEqual(rows[7].label, 'next update overdue by 10 min');
    assert.strictEqual(rows[7].description, 'due 00:20 UTC');
    const doc = await vscode.workspace.openTextDocument(fileUri('ongoing-login.md'));
    assert.strictEqual(doc.lineAt(rows[5].line).text, '### 2026-11-23 00:05 UTC — Identified', 'rows point at their line');
    for (const r of rows) assert.strictEqual(r.command, 'vscode.open');
  });

  test('report states link to the RCCA, or offer to create it', async () => {
    const snap = await snapshot();
    const dnsReport = byFile(snap, 'resolved-dns.md')!.rows.at(-1)!;
    assert.strictEqual(dnsReport.kind, 'report');
    assert.strictEqual(dnsReport.label, 'report overdue by 9 d 16 h');
    assert.strictEqual(dnsReport.command, 'vscode.open');
    const searchReport = byFile(snap, 'resolved-search.md')!.rows.at(-1)!;
    assert.strictEqual(searchReport.label, 'report due in 34 h');
    assert.strictEqual(searchReport.description, 'no report yet: click to create it');
    assert.strictEqual(searchReport.command, 'postmortem.newReport');
    const example = snap.find((i) => i.label === 'Card payments failing in the EU');
    if (example) assert.strictEqual(example.rows.at(-1)!.label, 'report published 41 h after resolution');
  });

  test('follows edits live (before saving) and the filter', async function () {
    this.timeout(20000);
    const doc = await vscode.workspace.openTextDocument(fileUri('ongoing-login.md'));
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('## Timeline'));
    const inserted = '### 00:19 UTC — Monitoring\nThe new certificate is in place. Next update by 00:40 UTC.\n\n';
    await editor.edit((e) => e.insert(new vscode.Position(line, 0), inserted));
    const rows = await waitFor(async () => byFile(await snapshot(), 'ongoing-login.md')!.rows,
      (r) => r.some((x) => x.label === '00:19 UTC — Monitoring'), 'the new update row', 5000);
    assert.strictEqual(rows.filter((r) => r.kind === 'update').length, 3);
    assert.strictEqual(rows.filter((r) => r.kind === 'late').length, 1, 'promised 00:20, posted 00:19: on time');
    // Take the edit back out and save, so later tests (and the UI drivers' window) see the fixture as it was.
    await editor.edit((e) => e.delete(new vscode.Range(line, 0, line + 3, 0)));
    assert.ok(!doc.getText().includes('00:19 UTC'));
    await doc.save();
    await waitFor(async () => byFile(await snapshot(), 'ongoing-login.md')!.rows, (r) => !r.some((x) => x.label === '00:19 UTC — Monitoring'), 'the row to go', 5000);

    await vscode.commands.executeCommand('postmortem.timeline.filter', 'resolved');
    const resolvedOnly = await snapshot();
    assert.ok(!byFile(resolvedOnly, 'ongoing-login.md') && byFile(resolvedOnly, 'resolved-dns.md'));
    await vscode.commands.executeCommand('postmortem.timeline.showOngoing'); // the view's title button
    // Other suites leave ongoing incidents of their own in the workspace: look at every row, then at ours.
    const ongoingOnly = await snapshot();
    assert.ok(ongoingOnly.every((i) => i.contextValue === 'postmortem.incident.ongoing'), ongoingOnly.map((i) => i.contextValue).join(', '));
    assert.ok(byFile(ongoingOnly, 'ongoing-login.md') && !byFile(ongoingOnly, 'resolved-dns.md') && !byFile(ongoingOnly, 'resolved-search.md'));
    await vscode.commands.executeCommand('postmortem.timeline.showResolved');
    assert.ok(!byFile(await snapshot(), 'ongoing-login.md'));
    await vscode.commands.executeCommand('postmortem.timeline.showAll');
    assert.ok(byFile(await snapshot(), 'ongoing-login.md') && byFile(await snapshot(), 'resolved-dns.md'));
  });

  test('Refresh lists and reads the workspace again, without waiting for the file watcher', async () => {
    const late = path.join(workspaceRoot().fsPath, FOLDER, 'refresh-check.md');
    fs.copyFileSync(path.join(fixturesDir(), 'resolved-search.md'), late);
    await vscode.commands.executeCommand('postmortem.timeline.refresh');
    assert.ok(byFile(await snapshot(), 'refresh-check.md'), 'in the tree as soon as Refresh is done');
    fs.rmSync(late);
    await vscode.commands.executeCommand('postmortem.timeline.refresh');
    assert.ok(!byFile(await snapshot(), 'refresh-check.md'), 'gone as soon as Refresh is done');
  });

  test('whole folders arriving at once (a git checkout) and leaving (rm -rf) follow in the tree', async function () {
    this.timeout(30000);
    // Written with Node's fs, as git or a shell would: the folders and the files appear within the same instant.
    // Two sibling trees in one burst: both are found by one search.
    const root = path.join(workspaceRoot().fsPath, FOLDER);
    for (const [dir, file] of [['arrived/2026-11-23-search/deep', 'resolved-search.md'], ['arrived-too', 'resolved-dns.md']]) {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
      fs.copyFileSync(path.join(fixturesDir(), file), path.join(root, dir, 'incident.md'));
    }
    await waitFor(snapshot, (s) => Boolean(byFile(s, 'arrived/2026-11-23-search/deep/incident.md') && byFile(s, 'arrived-too/incident.md')),
      'the incidents of both new folders', 15000);
    fs.rmSync(path.join(root, 'arrived'), { recursive: true });
    fs.rmSync(path.join(root, 'arrived-too'), { recursive: true });
    await waitFor(snapshot, (s) => !s.some((i) => /\/arrived(-too)?\//.test(i.uri)), 'the deleted folders to leave the tree', 15000);
  });

  test('clicking a row lands on its line', async () => {
    const inc = byFile(await snapshot(), 'ongoing-login.md')!;
    const target = inc.rows.findIndex((r) => r.label === '2026-11-23 00:05 UTC — Identified');
    assert.ok(await vscode.commands.executeCommand('postmortem.timeline._reveal', inc.uri, target));
    // Run the row's own command, as the click does.
    await vscode.commands.executeCommand('vscode.open', fileUri('ongoing-login.md'),
      { selection: new vscode.Range(inc.rows[target].line, 0, inc.rows[target].line, 0) });
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('ongoing-login.md') ?? false, 'the editor');
    assert.strictEqual(editor!.document.lineAt(editor!.selection.active.line).text, '### 2026-11-23 00:05 UTC — Identified');
  });

  test('the chart opens in a webview and exports an escaped SVG next to the document', async function () {
    this.timeout(20000);
    const uri = fileUri('resolved-dns.md');
    await vscode.commands.executeCommand('postmortem.showTimelineChart', { uri });
    await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postmortem.timelineChart')), Boolean, 'the chart tab');
    const target = vscode.Uri.joinPath(workspaceRoot(), FOLDER, 'resolved-dns.timeline.svg');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.exportTimelineChart', uri);
    assert.strictEqual(written?.toString(), target.toString());
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(svg.includes('Website unreachable &lt;DNS&gt; &amp; &quot;status&quot; page'), 'title escaped');
    assert.ok(!svg.includes('<DNS>'));
    assert.ok(svg.includes('pm-band pm-phase-investigating') && svg.includes('pm-window'));
  });

  test('the Markdown preview shows the banner and the updates as a timeline', async function () {
    this.timeout(20000);
    const doc = await vscode.workspace.openTextDocument(fileUri('ongoing-login.md'));
    // The built-in Markdown extension renders with every contributed markdown-it plugin, ours included.
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
    assert.ok(html.includes('class="pm-banner pm-phase-identified pm-ongoing"'), html.slice(0, 300));
    assert.ok(html.includes('next update overdue by 10 min'));
    assert.strictEqual((html.match(/<section class="pm-update /g) ?? []).length, 2);
  });
});
