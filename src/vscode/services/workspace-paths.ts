// Paths from settings and `.postmortem.yaml` (templates, incidents folder) stay inside their workspace folder: a
// workspace must not make the extension read or create files elsewhere. A refused path is said, with the reason
// (WorkspaceConfig.templatesUri, the New Incident command).
import * as vscode from 'vscode';
import { core } from './core';

export type WorkspacePath = { uri: vscode.Uri } | { refused: string };

/** `value` (relative to the folder, or absolute) as a URI inside `folder`, or the message that refuses it. */
export function pathInside(folder: vscode.WorkspaceFolder, value: string, key: string): WorkspacePath {
  const path = core().configPaths.resolveInside(folder.uri.path, value.replace(/\\/g, '/'));
  if (path !== undefined) return { uri: folder.uri.with({ path }) };
  return {
    refused: vscode.l10n.t(
      '{0} is "{1}", which is outside the workspace folder "{2}": only folders inside the workspace are used, so that a workspace cannot make the extension read or create files elsewhere.',
      key, value, folder.name),
  };
}
