import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXCLUDED_FOLDERS, listMarkdownFiles, MARKDOWN_GLOB } from '../../../../src/vscode/services/markdown-file-events';
import { workspaceRoot } from '../../helpers';

// The index and Lint Workspace list the workspace by walking it (services/markdown-file-events listMarkdownFiles)
// instead of asking findFiles: both must list the same files.
suite('Listing the workspace', () => {
  const files = [
    'list-files/a.md', 'list-files/deep/er/b.md', 'list-files/.hidden/c.md', 'list-files/notes.txt',
    'list-files/node_modules/pkg/d.md', 'list-files/dist/e.md', 'list-files/out/f.md', 'list-files/.git/g.md',
    'list-files/outside-name/h.md', 'list-files/distant/i.md', 'list-files/UPPER.MD',
  ];

  suiteSetup(async () => {
    for (const f of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceRoot(), f), new TextEncoder().encode('# x\n'));
  });
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'list-files'), { recursive: true });
  });

  test('the walk lists what findFiles lists', async () => {
    const walked = (await listMarkdownFiles()).map((u) => u.toString()).sort();
    const found = (await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED_FOLDERS)).map((u) => u.toString()).sort();
    assert.deepStrictEqual(walked, found);
    const ours = walked.filter((u) => u.includes('/list-files/')).map((u) => u.slice(u.indexOf('/list-files/') + 1));
    for (const f of ['list-files/.hidden/c.md', 'list-files/a.md', 'list-files/deep/er/b.md', 'list-files/distant/i.md', 'list-files/outside-name/h.md']) assert.ok(ours.includes(f), f);
    for (const f of ours) assert.doesNotMatch(f, /\/(node_modules|dist|out|\.git)\//, f);
  });
});
