// What the scaffolding commands share: the active postmortem document, applying core edits, choosing a workspace
// folder (multi-root), and creating a file without ever overwriting one.
import * as vscode from 'vscode';
import type { DocumentKind, PostmortemDocument, TextEdit } from '../../core/index';
import { toRange } from '../services/documents';
import type { Log } from '../services/log';
import type { Services } from '../services/services';
import { settings } from '../services/settings';
import { pathInside } from '../services/workspace-paths';
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

/** The workspace folder to create files in: the active document's, the only one, or the user's pick. */
export async function targetFolder(preferred?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const from = preferred ?? vscode.window.activeTextEditor?.document.uri;
  const own = from ? vscode.workspace.getWorkspaceFolder(from) : undefined;
  if (own) return own;
  if (folders.length === 1) return folders[0];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: postmortem documents live in a workspace folder.'));
    return undefined;
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Workspace folder for the new file') });
}

/**
 * The incidents folder of a workspace folder (`postmortem.incidentsFolder`), or undefined when the setting points
 * outside it: then the refusal is logged and shown, and nothing may be created.
 */
export function incidentsFolderOf(folder: vscode.WorkspaceFolder, log: Log): { uri: vscode.Uri; setting: string } | undefined {
  const setting = settings(folder.uri).incidentsFolder;
  const inside = pathInside(folder, setting, 'postmortem.incidentsFolder');
  if ('refused' in inside) {
    log.warn(inside.refused);
    void vscode.window.showErrorMessage(inside.refused);
    return undefined;
  }
  return { uri: inside.uri, setting };
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `base`, else `base-2`, `base-3`… (before the extension for files): the first name that does not exist. */
export async function freeName(dir: vscode.Uri, name: string, isFile: boolean): Promise<vscode.Uri> {
  const dot = isFile ? name.lastIndexOf('.') : -1;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let i = 1; i < 1000; i++) {
    const uri = vscode.Uri.joinPath(dir, i === 1 ? name : `${stem}-${i}${ext}`);
    if (!(await exists(uri))) return uri;
  }
  throw new Error(`no free name for ${name} in ${dir.toString()}`);
}

/** Writes a new file; refuses (returns false) when it exists — a file the user has is never overwritten. */
export async function createFile(uri: vscode.Uri, text: string): Promise<boolean> {
  if (await exists(uri)) return false;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return true;
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
