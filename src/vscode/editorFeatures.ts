// The writer-facing features, in the order they depend on each other (clock and config first). extension.ts
// spreads this list into its `features`, so each is still registered, and fails, on its own.
import type * as vscode from 'vscode';
import { registerClock } from './clock';
import { registerWorkspaceConfig } from './workspaceConfig';
import { registerDiagnostics } from './diagnostics';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands/index';
import { registerStatusBar } from './statusBar';
import { registerCodeLens } from './codeLens';

type Register = (context: vscode.ExtensionContext) => void | Promise<void>;

export const registerEditorFeatures: ReadonlyArray<readonly [name: string, register: Register]> = [
  ['clock', registerClock],
  ['configuration', registerWorkspaceConfig],
  ['diagnostics', registerDiagnostics],
  ['code actions', registerCodeActions],
  ['commands', registerCommands],
  ['status bar', registerStatusBar],
  ['code lens', registerCodeLens],
];
