// The one clock of the editor features. Real time by default; tests (and demos) pin it with the internal command
// `postmortem.setClock` (epoch ms or an ISO string; no argument = real time again) or through `setClock()`.
import * as vscode from 'vscode';

let fixed: number | undefined;
const changed = new vscode.EventEmitter<void>();

export const clock = {
  now(): number {
    return fixed ?? Date.now();
  },
  /** Fires when the clock is pinned or released (status bar and CodeLens refresh). */
  onDidChange: changed.event,
};

export function setClock(at: number | string | undefined): void {
  const ms = typeof at === 'string' ? Date.parse(at) : at;
  fixed = typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
  changed.fire();
}

export function registerClock(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    changed,
    vscode.commands.registerCommand('postmortem.setClock', (at?: number | string) => {
      setClock(at);
      return clock.now();
    }),
  );
}
