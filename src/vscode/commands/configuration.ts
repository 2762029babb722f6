// Postmortem: Open Configuration — opens the `.postmortem.yaml` that applies to the active document, or creates one
// (with the defaults, commented) at the root of the workspace folder. Never overwrites.
import * as vscode from 'vscode';
import { core } from '../services/core';
import { createFile, exists, targetFolder } from '../services/new-files';
import type { CommandServices } from './common';

export async function openConfiguration({ config: workspaceConfig }: CommandServices, args: { folder?: vscode.Uri } = {}): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (!args.folder && active && vscode.workspace.getWorkspaceFolder(active)) {
    const { file } = await workspaceConfig.configFor(active);
    if (file && (await exists(file))) {
      await vscode.window.showTextDocument(file, { preview: false });
      return file;
    }
  }
  const folder = await targetFolder(args.folder);
  if (!folder) return undefined;
  const file = vscode.Uri.joinPath(folder.uri, core().CONFIG_FILE_NAME);
  if (!(await exists(file))) {
    const { config } = await workspaceConfig.configFor(folder.uri, true);
    await createFile(file, core().defaultConfigText(config.language));
  }
  await vscode.window.showTextDocument(file, { preview: false });
  return file;
}
