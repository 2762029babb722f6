// Postmortem: Save Selection as Team Snippet — adds the selection to <folder>/.vscode/postmortem.code-snippets
// (committed, so the whole team gets it), keeping every entry and comment there. A file that does not parse is
// left untouched and the error says where it is broken.
import * as vscode from 'vscode';
import { core } from '../services/core';
import { createFile, exists, targetFolder } from '../services/new-files';
import type { CommandServices } from './common';

export const TEAM_SNIPPETS = ['.vscode', 'postmortem.code-snippets'] as const;

export async function saveSelectionAsSnippet(_services: CommandServices, args: { name?: string; prefix?: string; description?: string } = {}): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (!editor || !selected.trim()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select the text to save as a team snippet first.'));
    return undefined;
  }
  const folder = await targetFolder(editor.document.uri);
  if (!folder) return undefined;
  const firstWords = selected.trim().split('\n')[0].replace(/^#+\s*/, '').slice(0, 40).trim();
  const name = args.name ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Save as team snippet'),
    prompt: vscode.l10n.t('Snippet name'),
    value: firstWords,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a name.')),
  });
  if (!name?.trim()) return undefined;
  const prefix = args.prefix ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Save as team snippet'),
    prompt: vscode.l10n.t('Prefix you type to insert it'),
    value: `pm-${core().slugify(name, 24)}`,
    validateInput: (v) => (/^\S+$/.test(v) ? undefined : vscode.l10n.t('A prefix is one word without spaces.')),
  });
  if (!prefix?.trim()) return undefined;

  const file = vscode.Uri.joinPath(folder.uri, ...TEAM_SNIPPETS);
  const had = await exists(file);
  // an open, unsaved copy of the file is what the user sees: edit that, not the disk
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  const current = open ? open.getText() : had ? new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) : undefined;
  const result = core().addTeamSnippet(current, { name: name.trim(), prefix: prefix.trim(), body: selected, description: args.description });
  if (!result.ok) {
    const where = result.line !== undefined ? `${vscode.workspace.asRelativePath(file)}:${result.line}:${result.column}` : vscode.workspace.asRelativePath(file);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the snippet: {0} does not parse ({1}). The file was left untouched; fix it and try again.', where, result.error));
    return undefined;
  }
  if (open) {
    const we = new vscode.WorkspaceEdit();
    we.replace(file, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), result.text);
    await vscode.workspace.applyEdit(we);
    await open.save();
  } else if (had) {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
  } else {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, TEAM_SNIPPETS[0]));
    await createFile(file, result.text);
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved snippet "{0}" (prefix {1}) to {2}.', result.name, prefix.trim(), vscode.workspace.asRelativePath(file)));
  return file;
}
