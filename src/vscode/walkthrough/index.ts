// The first minute: the Getting Started walkthrough (package.json `contributes.walkthroughs`). Its buttons run our
// commands while the walkthrough page has the focus, where there is no active text editor; this feature remembers the
// last Markdown editor and brings it back (with its selection) before running the command the button names.
import * as vscode from 'vscode';
import type { Services } from '../services/services';

export const WALKTHROUGH_ID = 'postmortem.firstMinute';

export function activate(context: vscode.ExtensionContext, { log }: Services): void {
  let last: { uri: vscode.Uri; selection: vscode.Selection } | undefined;
  const remember = (editor: vscode.TextEditor | undefined) => {
    if (editor?.document.languageId === 'markdown' && editor.document.uri.scheme !== 'output') {
      last = { uri: editor.document.uri, selection: editor.selection };
    }
  };
  remember(vscode.window.activeTextEditor);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(remember),
    vscode.window.onDidChangeTextEditorSelection((e) => remember(e.textEditor)),
    vscode.commands.registerCommand('postmortem.walkthrough.run', async (command?: unknown) => {
      if (typeof command !== 'string' || !command.startsWith('postmortem.')) return undefined;
      if (!vscode.window.activeTextEditor && last) {
        try {
          await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(last.uri), { selection: last.selection, preview: false });
        } catch {
          last = undefined; // deleted meanwhile: the command says what to open
        }
      }
      log.info(`walkthrough: ${command}`);
      return vscode.commands.executeCommand(command);
    }),
    vscode.commands.registerCommand('postmortem.openWalkthrough', () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false)),
  );
}

