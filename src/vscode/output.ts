// The extension's log (Output > Postmortem Author). Feature adapters log through `log()` instead of the console so
// a user can send us what went wrong; `Postmortem: Show Log` opens it.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function registerOutput(context: vscode.ExtensionContext): void {
  channel = vscode.window.createOutputChannel('Postmortem Author', { log: true });
  context.subscriptions.push(
    channel,
    vscode.commands.registerCommand('postmortem.showLog', () => channel?.show(true)),
    { dispose: () => { channel = undefined; } },
  );
}

/** The log channel; before activation (or after deactivation) messages go to the console. */
export function log(): Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'> {
  return channel ?? { info: console.log, warn: console.warn, error: console.error };
}
