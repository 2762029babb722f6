// The first minute: the Getting Started walkthrough (package.json `contributes.walkthroughs`). Its buttons run our
// commands while the walkthrough page has the focus, where there is no active text editor; this feature remembers the
// last Markdown editor and brings it back (with its selection) before running the command the button names.
// `npm start` also sets `postmortem.startup.open` (a user setting of its own code-server, not contributed): those
// files open at start-up, with the Postmortems view and the Problems panel showing, instead of an empty window.
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
  const startup = vscode.workspace.getConfiguration('postmortem').get<unknown>('startup.open');
  if (Array.isArray(startup) && startup.every((p) => typeof p === 'string') && startup.length > 0) {
    void openAtStartup(startup as string[], log);
  }
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


/** Opens `paths` (relative to the first workspace folder; the first one ends up in front), the view and the panel. */
async function openAtStartup(paths: string[], log: Services['log']): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return;
  for (const p of [...paths].reverse()) {
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, p)), { preview: false });
    } catch (err) {
      log.warn(`startup: cannot open ${p}: ${String(err)}`);
    }
  }
  for (const command of ['workbench.view.extension.postmortem', 'workbench.actions.view.problems', 'workbench.action.focusActiveEditorGroup']) {
    try { await vscode.commands.executeCommand(command); } catch (err) { log.warn(`startup: ${command}: ${String(err)}`); }
  }
}
