// Issue 11 items 12-14, editor side: the editor decides "is this a postmortem?" as the YAML parser reads the front
// matter, as the CLI and the core do. A `kind:` without a closing `---` is reported (PM024 at the opening line), a
// file with lone-CR line endings is linted, and front matter written with a quoted key or as a flow map is an incident.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, exampleUri } from '../../helpers';
import { NO_APOLOGY, codeOf, pinClock, waitForCodes, write } from './shared';

suite('Editor: front matter in every form the YAML parser reads', () => {
  suiteSetup(async () => {
    await activate();
    await pinClock();
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('postmortem.setClock');
    await closeAllEditors();
    await vscode.workspace.fs.delete(exampleUri('editor-tests/forms'), { recursive: true }).then(undefined, () => undefined);
  });

  const opened = async (name: string, text: string) => {
    const uri = await write(`editor-tests/forms/${name}`, text);
    await vscode.window.showTextDocument(uri);
    return uri;
  };

  test('a kind without a closing --- gets PM024 at the opening line, not silence', async () => {
    const uri = await opened('unclosed.md', '---\nkind: incident\ntitle: Payments down\n\n# Payments down\n\nWe are looking into it.\n');
    const ds = await waitForCodes(uri, (c) => c.includes('PM024'), 'PM024 on an unclosed front matter');
    assert.deepStrictEqual(ds.filter((d) => codeOf(d) === 'PM024').map((d) => d.range.start.line), [0]);
  });

  test('lone-CR line endings: linted, findings on the lines VS Code shows', async () => {
    const uri = await opened('lone-cr.md', NO_APOLOGY.replace(/\r?\n/g, '\r'));
    const ds = await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001 in a lone-CR file');
    const doc = await vscode.workspace.openTextDocument(uri);
    for (const d of ds) assert.ok(d.range.start.line < doc.lineCount, `line ${d.range.start.line} of ${doc.lineCount}`);
  });

  test('a quoted "kind" key and a flow-map front matter are incidents', async () => {
    const quoted = await opened('quoted.md', NO_APOLOGY.replace('kind: incident', '"kind": incident'));
    await waitForCodes(quoted, (c) => c.includes('PM001'), 'PM001 with "kind": incident');
    const flow = NO_APOLOGY.replace(/^---\n[\s\S]*?\n---\n/, '---\n{kind: incident, id: INC-TEST-2, title: Card payments failing, severity: sev2, status: investigating, started: "2026-11-22T14:02:00Z"}\n---\n');
    assert.notStrictEqual(flow, NO_APOLOGY, 'the fixture has front matter to rewrite');
    const map = await opened('flow.md', flow);
    await waitForCodes(map, (c) => c.includes('PM001'), 'PM001 with a flow-map front matter');
  });
});
