// Registers the scaffolding commands (category "Postmortem"). Each returns its result, so tests can drive them.
import * as vscode from 'vscode';
import type { Log } from '../services/log';
import type { Services } from '../services/services';
import type { CommandServices } from './common';
import { openConfiguration } from './configuration';
import { markResolved } from './mark-resolved';
import { newIncident } from './new-incident';
import { newReport } from './new-report';
import { newStatusUpdate } from './status-update';
import { saveSelectionAsSnippet } from './team-snippet';
import { Templates } from './templates';
import { addTimelineEntry } from './timeline-entry';

type Command<A, R> = (services: CommandServices, args?: A) => Promise<R>;

function safe<A, R>(name: string, log: Log, services: CommandServices, run: Command<A, R>): (...args: unknown[]) => Promise<R | undefined> {
  return async (...args: unknown[]) => {
    try {
      // from a menu VS Code passes the clicked resource: the document (or the folder for new files)
      const arg = args[0] instanceof vscode.Uri ? { uri: args[0], folder: args[0] } : args[0];
      return await run(services, arg as A | undefined);
    } catch (e) {
      log.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Postmortem: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  };
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  const commandServices: CommandServices = { ...services, templates: new Templates(context.extensionUri, services.config) };
  const commands: Array<[string, Command<never, unknown>]> = [
    ['postmortem.newIncident', newIncident],
    ['postmortem.newStatusUpdate', newStatusUpdate],
    ['postmortem.addTimelineEntry', addTimelineEntry],
    ['postmortem.markResolved', markResolved],
    ['postmortem.newReport', newReport],
    ['postmortem.saveSelectionAsSnippet', saveSelectionAsSnippet],
    ['postmortem.openConfiguration', openConfiguration],
  ];
  for (const [id, run] of commands) {
    context.subscriptions.push(vscode.commands.registerCommand(id, safe(id, services.log, commandServices, run)));
  }
}
