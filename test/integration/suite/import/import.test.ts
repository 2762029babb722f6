// Import Incident from Status Page in the real VS Code (Node extension host): our own sample histories
// (test/fixtures/import) pasted as JSON, pasted as copied text, and fetched from a URL served on 127.0.0.1; each
// becomes a new incident document, opened, linted without a front-matter or order complaint, never overwriting.
import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import { activate, closeAllEditors, exampleUri, sleep, waitFor } from '../../helpers';
import { codeOf, ours, pinClock, read } from '../editor/shared';
import FR_JSON from '../../../fixtures/import/fr.json';
import EN_JSON from '../../../fixtures/import/en.json';
import DE_TEXT from '../../../fixtures/import/de.txt';
import FR_TEXT from '../../../fixtures/import/fr.txt';
import ZH_HANT_TEXT from '../../../fixtures/import/zh-Hant.txt';

const LATER = '2026-12-01T00:00:00Z';

/** Waits for our diagnostics of `uri` to settle (the signature rule always speaks on an import: no lead). */
async function codesOf(uri: vscode.Uri): Promise<string[]> {
  const ds = await waitFor(() => ours(uri), (d) => d.length > 0, `diagnostics of ${vscode.workspace.asRelativePath(uri)}`, 20000);
  return ds.map(codeOf);
}

suite('Import Incident from Status Page', () => {
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    await activate();
    await pinClock(LATER);
  });
  suiteTeardown(async () => {
    await pinClock(undefined as unknown as number);
    await closeAllEditors();
    // leave the shared workspace as we found it (other suites count its incidents)
    for (const uri of created) await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true }).then(undefined, () => undefined);
  });

  test('pasted JSON (incident.json) becomes incidents/<date>-<title>/incident.md, opened, linted clean of PM024/PM023', async () => {
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident', { text: JSON.stringify(FR_JSON) });
    assert.strictEqual(uris?.length, 1);
    created.push(...uris!);
    const [uri] = uris!;
    assert.strictEqual(vscode.workspace.asRelativePath(uri), 'incidents/2026-11-22-lenteurs-du-tableau-de-bord/incident.md');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'opened in the editor');
    const text = await read(uri);
    assert.match(text, /^---\nkind: incident\nid: f4r5a6n7c8gh\ntitle: Lenteurs du tableau de bord\nseverity: sev1\nstatus: monitoring\nlang: fr\ntimezone: UTC\n/);
    assert.match(text, /### 2026-11-22 15:45 UTC — Enquête en cours\n[\s\S]*### 2026-11-22 16:05 UTC — Identifié\n[\s\S]*### 2026-11-22 16:30 UTC — Surveillance\n/);
    const codes = await codesOf(uri);
    assert.deepStrictEqual(codes.filter((c) => c === 'PM024' || c === 'PM023'), [], `codes: ${codes.join(' ')}`);
  });

  test('the same JSON again never overwrites: a new folder, the first document unchanged', async () => {
    const first = created[0];
    const before = await read(first);
    const uris = await vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident', { text: JSON.stringify(FR_JSON) });
    created.push(...uris!);
    assert.strictEqual(vscode.workspace.asRelativePath(uris![0]), 'incidents/2026-11-22-lenteurs-du-tableau-de-bord-2/incident.md');
    assert.strictEqual(await read(first), before);
  });

  test('pasted copied text: the severity the text does not state is asked in a quick pick', async () => {
    const running = vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident', { text: DE_TEXT });
    // the quick pick of sev1..sev4 opens: move to sev3 and accept it, as a person would with the keyboard
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const uris = await running;
    assert.strictEqual(uris?.length, 1, 'imported after the severity was picked');
    created.push(...uris!);
    const text = await read(uris![0]);
    assert.match(text, /^severity: sev3$/m);
    assert.match(text, /^lang: de$/m);
    assert.match(text, /## Aktualisierungen\n\n### 2026-11-22 10:05 UTC — Untersuchung\n/);
    const codes = await codesOf(uris![0]);
    assert.deepStrictEqual(codes.filter((c) => c === 'PM024' || c === 'PM023'), [], `codes: ${codes.join(' ')}`);
  });

  test('no arguments: the source is picked in a quick pick — the clipboard holding copied French text', async () => {
    await vscode.env.clipboard.writeText(FR_TEXT);
    assert.strictEqual(await vscode.env.clipboard.readText(), FR_TEXT, 'the clipboard of this VS Code holds the text');
    const running = vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident');
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // "From the clipboard", the first
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // severity: sev1, the first
    const uris = await running;
    assert.strictEqual(uris?.length, 1);
    created.push(...uris!);
    const text = await read(uris![0]);
    assert.match(text, /^severity: sev1$/m);
    assert.match(text, /^services: \["Tableau de bord", "API"\]$/m);
    assert.match(text, /### 2026-11-22 17:10 UTC — Résolu/);
  });

  test('a file in the workspace (the Choose a File path): copied Traditional Chinese text, severity given', async () => {
    const file = exampleUri('import-test/history.txt');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(ZH_HANT_TEXT));
    try {
      const uris = await vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident', { file, severity: 'sev4' });
      assert.strictEqual(uris?.length, 1);
      created.push(...uris!);
      const text = await read(uris![0]);
      assert.match(text, /^lang: zh-Hant$/m);
      assert.match(text, /## 更新\n\n### 2026-11-22 05:05 UTC — 調查中\n/);
      assert.strictEqual(await read(file), ZH_HANT_TEXT, 'the source file is left as it was');
    } finally {
      await vscode.workspace.fs.delete(exampleUri('import-test'), { recursive: true });
    }
  });

  test('a URL: the JSON is fetched with a real HTTP request from a server on 127.0.0.1; a list imports every incident', async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/api/v2/incidents.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(EN_JSON));
      } else if (req.url === '/incidents/abc') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body>status</body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const uris = await vscode.commands.executeCommand<vscode.Uri[]>('postmortem.importIncident', { url: `${base}/api/v2/incidents.json`, all: true });
      assert.strictEqual(uris?.length, 2, 'two incidents; the scheduled maintenance is skipped');
      created.push(...uris!);
      assert.deepStrictEqual(uris!.map((u) => vscode.workspace.asRelativePath(u)), [
        'incidents/2026-11-23-delayed-order-confirmation-e-mails/incident.md',
        'incidents/2026-11-22-checkout-api-errors/incident.md',
      ]);
      const checkout = await read(uris![1]);
      assert.match(checkout, /^services: \["Checkout API", "Webhooks"\]$/m);
      assert.match(checkout, /^source: https:\/\/stspg\.example\/p7t3$/m);
      await vscode.window.showTextDocument(uris![1]);
      const codes = await codesOf(uris![1]);
      assert.deepStrictEqual(codes.filter((c) => c === 'PM024' || c === 'PM023'), [], `codes: ${codes.join(' ')}`);
      // a web page instead of JSON is refused, and nothing is created
      const refused = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('postmortem.importIncident', { url: `${base}/incidents/abc` });
      assert.strictEqual(refused, undefined);
      assert.deepStrictEqual(requests, ['GET /api/v2/incidents.json', 'GET /incidents/abc']);
    } finally {
      server.close();
    }
    assert.ok(await vscode.workspace.fs.stat(exampleUri('incidents/2026-11-22-card-payments/incident.md')), 'the example incident is untouched');
  });
});
