import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, codeActions, exampleUri } from '../../helpers';
import { NO_APOLOGY, codeOf, pinClock, waitForCodes, write } from './shared';

suite('Editor: quick fixes and fix all', () => {
  suiteSetup(async () => {
    await activate();
    await pinClock();
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('postmortem.setClock'); // real time again for the suites after us
    await closeAllEditors();
    await vscode.workspace.fs.delete(exampleUri('editor-tests/fix'), { recursive: true }).then(undefined, () => undefined);
  });

  test('the rule fix is the preferred quick fix, and applying it removes the finding', async () => {
    const uri = await write('editor-tests/fix/incident.md', NO_APOLOGY);
    await vscode.window.showTextDocument(uri);
    const ds = await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001');
    const d = ds.find((x) => codeOf(x) === 'PM001')!;
    const actions = await codeActions(uri, d.range, (as) => as.some((a) => a.isPreferred));
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix!.kind?.value, 'quickfix');
    assert.ok(actions.some((a) => /Disable apology for this/.test(a.title)), 'disable action offered');
    assert.ok(actions.some((a) => a.command?.command === 'postmortem.openRuleDocs'), 'open docs action offered');
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    await waitForCodes(uri, (c) => !c.includes('PM001'), 'PM001 gone after the quick fix');
  });

  test('"disable this rule for this line" silences exactly that finding', async () => {
    const text = NO_APOLOGY.replace('Next update by 14:40 UTC.\n', '');
    const uri = await write('editor-tests/fix/no-next.md', text);
    await vscode.window.showTextDocument(uri);
    const ds = await waitForCodes(uri, (c) => c.includes('PM004'), 'PM004 (next-update)');
    const d = ds.find((x) => codeOf(x) === 'PM004')!;
    const isDisable = (a: vscode.CodeAction) => a.title.includes('next-update') && a.title.includes('line');
    const disable = (await codeActions(uri, d.range, (as) => as.some(isDisable))).find(isDisable);
    assert.ok(disable?.edit, 'disable action');
    await vscode.workspace.applyEdit(disable!.edit!);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(doc.getText().includes('<!-- postmortem-disable-next-line next-update -->'));
    await waitForCodes(uri, (c) => !c.includes('PM004') && c.includes('PM001'), 'PM004 silenced, PM001 still there');
  });

  test('source.fixAll.postmortem fixes everything fixable (editor.codeActionsOnSave)', async () => {
    const text = NO_APOLOGY.replace('Next update by 14:40 UTC.\n', '');
    const uri = await write('editor-tests/fix/all.md', text);
    const editor = await vscode.window.showTextDocument(uri);
    await waitForCodes(uri, (c) => c.includes('PM001') && c.includes('PM004'), 'PM001 and PM004');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const isFixAll = (a: vscode.CodeAction) => a.kind?.value === 'source.fixAll.postmortem';
    const actions = await codeActions(uri, whole, (as) => as.some(isFixAll), 'source.fixAll.postmortem');
    const all = actions.find(isFixAll);
    assert.ok(all?.edit, `fix-all action among ${actions.map((a) => a.kind?.value).join(',')}`);
    await vscode.workspace.applyEdit(all!.edit!);
    await waitForCodes(uri, (c) => !c.includes('PM001') && !c.includes('PM004'), 'PM001 and PM004 fixed');
  });

  test('Postmortem: Fix All Problems in Document', async () => {
    const uri = await write('editor-tests/fix/cmd.md', NO_APOLOGY);
    await vscode.window.showTextDocument(uri);
    await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001');
    const applied = await vscode.commands.executeCommand<number>('postmortem.fixAll');
    assert.ok((applied ?? 0) >= 1);
    await waitForCodes(uri, (c) => !c.includes('PM001'), 'PM001 fixed by the command');
  });
  test('Fix All changes only the fixed places: one small change per fix, the caret stays on the writer\'s text', async () => {
    const text = NO_APOLOGY.replace('Next update by 14:40 UTC.\n', '');
    const uri = await write('editor-tests/fix/minimal.md', text);
    const editor = await vscode.window.showTextDocument(uri);
    await waitForCodes(uri, (c) => c.includes('PM001') && c.includes('PM004'), 'PM001 and PM004');
    const impact = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Customers in the EU cannot pay'));
    editor.selection = new vscode.Selection(impact, 10, impact, 10);
    const changes: vscode.TextDocumentContentChangeEvent[] = [];
    const listening = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.uri.toString() === uri.toString()) changes.push(...e.contentChanges); });
    try {
      assert.ok(((await vscode.commands.executeCommand<number>('postmortem.fixAll')) ?? 0) >= 2);
    } finally {
      listening.dispose();
    }
    assert.ok(changes.length >= 2, `${changes.length} change(s)`);
    for (const c of changes) assert.ok(c.rangeLength < 200 && c.text.length < 400, `a small change, not ${c.rangeLength} characters replaced by ${c.text.length}`);
    const at = editor.selection.active;
    assert.ok(editor.selection.isEmpty && editor.document.lineAt(at.line).text.startsWith('Customers in the EU cannot pay') && at.character === 10,
      `caret at ${at.line}:${at.character}`);
    await waitForCodes(uri, (c) => !c.includes('PM001') && !c.includes('PM004'), 'PM001 and PM004 fixed');
  });

  test('Fix All never overwrites what is typed while it runs: the fixes are computed again for the new text', async () => {
    const uri = await write('editor-tests/fix/typing.md', NO_APOLOGY);
    const editor = await vscode.window.showTextDocument(uri);
    await waitForCodes(uri, (c) => c.includes('PM001'), 'PM001');
    const impact = editor.document.getText().split('\n').findIndex((l) => l.startsWith('Customers in the EU cannot pay'));
    const end = editor.document.lineAt(impact).range.end;
    // the command starts, then a keystroke lands before its edit does
    const fixing = vscode.commands.executeCommand<number>('postmortem.fixAll');
    const typed = await editor.edit((b) => b.insert(end, ' TYPED-MEANWHILE'));
    const applied = (await fixing) ?? 0;
    assert.ok(typed, 'the keystroke was accepted');
    const after = editor.document.getText();
    assert.ok(after.includes('fails. TYPED-MEANWHILE\n'), 'the typed text is kept');
    const typedOnly = NO_APOLOGY.replace('fails.\n', 'fails. TYPED-MEANWHILE\n');
    assert.ok(applied >= 1 && after !== typedOnly, `the fixes were applied to the new text (${applied} reported)`);
    await waitForCodes(uri, (c) => !c.includes('PM001'), 'PM001 fixed');
  });
});
