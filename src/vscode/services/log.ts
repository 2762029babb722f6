// The extension's log (Output > Postmortem Author). Features log through it instead of the console so a user can
// send us what went wrong; `Postmortem: Show Log` opens it.
import * as vscode from 'vscode';

export type Log = Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'>;

/** The log channel; after deactivation (a late callback) messages go to the console. */
export function createLog(context: Pick<vscode.ExtensionContext, 'subscriptions'>): Log {
  let channel: vscode.LogOutputChannel | undefined = vscode.window.createOutputChannel('Postmortem Author', { log: true });
  context.subscriptions.push(
    channel,
    vscode.commands.registerCommand('postmortem.showLog', () => channel?.show(true)),
    { dispose: () => { channel = undefined; } },
  );
  return {
    info: (message, ...args) => (channel ? channel.info(message, ...args) : console.log(message, ...args)),
    warn: (message, ...args) => (channel ? channel.warn(message, ...args) : console.warn(message, ...args)),
    error: (message, ...args) => (channel ? channel.error(message, ...args) : console.error(message, ...args)),
  };
}
