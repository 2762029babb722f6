// Registers the scaffolding commands (category "Postmortem"). Each returns its result, so tests can drive them.
import * as vscode from 'vscode';
import { registerTemplates } from '../templates';
import { newIncident } from './newIncident';
import { newStatusUpdate } from './statusUpdate';
import { addTimelineEntry } from './timelineEntry';
import { markResolved } from './markResolved';
import { newReport } from './newReport';
import { saveSelectionAsSnippet } from './teamSnippet';
import { openConfiguration } from './configuration';
import { log } from '../output';

function safe<A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      // from a menu VS Code passes the clicked resource: the document (or the folder for new files)
      if (args[0] instanceof vscode.Uri) args = [{ uri: args[0], folder: args[0] }, ...args.slice(1)] as unknown as A;
      return await run(...args);
    } catch (e) {
      log().error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Postmortem: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  };
}

export function registerCommands(context: vscode.ExtensionContext): void {
  registerTemplates(context);
  const commands: Array<[string, (...args: never[]) => Promise<unknown>]> = [
    ['postmortem.newIncident', newIncident],
    ['postmortem.newStatusUpdate', newStatusUpdate],
    ['postmortem.addTimelineEntry', addTimelineEntry],
    ['postmortem.markResolved', markResolved],
    ['postmortem.newReport', newReport],
    ['postmortem.saveSelectionAsSnippet', saveSelectionAsSnippet],
    ['postmortem.openConfiguration', openConfiguration],
  ];
  for (const [id, run] of commands) context.subscriptions.push(vscode.commands.registerCommand(id, safe(id, run as (...a: unknown[]) => Promise<unknown>)));
}
