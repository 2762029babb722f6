// New files in the workspace, for every feature that creates one (New Incident, New Report, configuration, team
// snippets, Import): the workspace folder to create it in (multi-root), the incidents folder of that folder (refused
// when a setting points outside it), a free name, and writing a file without ever overwriting one.
import * as vscode from 'vscode';
import type { Log } from './log';
import { settings } from './settings';
import { pathInside } from './workspace-paths';

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
