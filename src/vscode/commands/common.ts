// What the scaffolding commands share: the active postmortem document, applying core edits, relative paths. Choosing
// the folder of a new file and creating it without overwriting are in services/new-files.ts (the import uses them too).
import * as vscode from 'vscode';
import type { DocumentKind, PostmortemDocument, TextEdit } from '../../core/index';
import { toRange } from '../services/documents';
import type { Services } from '../services/services';
import type { DocumentConfig } from '../services/workspace-config';
import type { Templates } from './templates';

/** What the commands use: the services they need and the templates. */
export interface CommandServices extends Pick<Services, 'clock' | 'config' | 'lints' | 'log'> {
  readonly templates: Templates;
}

export interface ActiveDocument {
  editor: vscode.TextEditor;
  doc: PostmortemDocument;
  config: DocumentConfig;
}

/** The active editor's document when it is a postmortem document of `kind`; otherwise tells the user and returns undefined. */
export async function activeDocument({ lints }: CommandServices, kind: DocumentKind | undefined, uri?: vscode.Uri): Promise<ActiveDocument | undefined> {
  let editor = vscode.window.activeTextEditor;
  if (uri && editor?.document.uri.toString() !== uri.toString()) {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  }
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(kind === 'rcca'
      ? vscode.l10n.t('Open a cause and corrective action report first.')
      : vscode.l10n.t('Open an incident document first (Markdown with `kind: incident` in its front matter).'));
    return undefined;
  }
  const { doc, config } = await lints.parseDocument(editor.document);
  if (kind && doc.kind !== kind) {
    void vscode.window.showWarningMessage(kind === 'rcca'
      ? vscode.l10n.t('This is not a cause and corrective action report (`kind: rcca`).')
      : vscode.l10n.t('This is not an incident document (`kind: incident`).'));
    return undefined;
  }
  return { editor, doc, config };
}

export async function applyCoreEdits(uri: vscode.Uri, edits: readonly TextEdit[]): Promise<boolean> {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uri, toRange(e.range), e.newText);
  return vscode.workspace.applyEdit(we);
}

export function relativePath(fromDir: vscode.Uri, to: vscode.Uri): string {
  const a = fromDir.path.split('/').filter(Boolean);
  const b = to.path.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

export function dirOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}
