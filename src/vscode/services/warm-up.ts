// The first problems before activate(). VS Code loads the extension's code, then asks the window for the
// extension's storage and calls activate() only when it answers: on this project's bench machine that wait was
// 0.4-1.0 s (between "code loaded" and "VS Code calls activate()" in the start-up line of the log). So, right after
// the code is loaded, when a Markdown document is open, a task of its own builds the services (log, clock, config,
// lint results: nothing in them needs activate()'s context but a list of disposables, which activate() takes over)
// and lints the open Markdown documents as activate() would: the core loads, the configuration is read, and the
// findings are published while VS Code still waits. activate() then uses these services, and its first lint skips
// what was linted already (same version). Skipped when activate() came first or no Markdown document is open.
import * as vscode from 'vscode';
import { hasMark, mark } from './startup-trace';
import { createServices, type Services } from './services';

export interface EarlyServices {
  services: Services;
  /** What activate() moves into its context.subscriptions. */
  subscriptions: vscode.Disposable[];
}

let early: EarlyServices | undefined;

export function warmUpSoon(): void {
  setTimeout(warmUp, 0);
}

/** The services the warm-up built, once (activate() takes them; undefined when there are none). */
export function takeEarlyServices(): EarlyServices | undefined {
  const taken = early;
  early = undefined;
  return taken;
}

function warmUp(): void {
  if (hasMark('activate() entered')) return;
  try {
    const docs = vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown' && !d.isClosed);
    if (docs.length === 0) return;
    mark('warm-up started');
    const subscriptions: vscode.Disposable[] = [];
    try {
      early = { services: createServices({ subscriptions }), subscriptions };
    } catch {
      // only a head start: activate() builds the services itself (so nothing of these may stay registered)
      for (const d of subscriptions) d.dispose();
      return;
    }
    for (const doc of docs) void early.services.lints.lintNow(doc);
  } catch {
    // only a head start: activate() lints again and reports what is wrong
  }
}
