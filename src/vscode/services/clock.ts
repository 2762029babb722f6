// The one clock of the editor features. Real time by default; tests (and demos) pin it with the internal command
// `postmortem.setClock` (epoch ms or an ISO string; no argument = real time again).
import * as vscode from 'vscode';

export interface Clock {
  now(): number;
  /** Fires when the clock is pinned or released (status bar, CodeLens, timeline and diagnostics refresh). */
  readonly onDidChange: vscode.Event<void>;
}

export function createClock(context: Pick<vscode.ExtensionContext, 'subscriptions'>): Clock {
  let fixed: number | undefined;
  const changed = new vscode.EventEmitter<void>();
  const clock: Clock = { now: () => fixed ?? Date.now(), onDidChange: changed.event };
  context.subscriptions.push(
    changed,
    vscode.commands.registerCommand('postmortem.setClock', (at?: number | string) => {
      const ms = typeof at === 'string' ? Date.parse(at) : at;
      fixed = typeof ms === 'number' && Number.isFinite(ms) ? ms : undefined;
      changed.fire();
      return clock.now();
    }),
  );
  return clock;
}
