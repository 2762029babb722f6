// Internal command `postmortem._lintTimes` (no palette entry; the editor bench binds a key to it): the times of the
// active document's latest lint in the log, as wall-clock milliseconds, so that keystroke → squiggle can be split
// into what happens before the change reaches the extension host, the lint delay, reading the configuration, the
// lint, handing the diagnostics to VS Code, and what VS Code does after.
import * as vscode from 'vscode';
import type { LintResults, LintTimes } from '../services/lint-results';
import type { Log } from '../services/log';

export function registerLintTimesCommand(lints: LintResults, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand('postmortem._lintTimes', (): LintTimes | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    const t = doc ? lints.timesOf(doc.uri) : undefined;
    if (!t) {
      log.info('lint times: no lint of the active document yet');
      return undefined;
    }
    const after = (at: number | undefined) => (at === undefined ? '?' : String(at - t.requested));
    log.info(`lint times of ${t.uri} version ${t.version} (${t.findings} findings), epoch ms: edited ${t.edited ?? '-'} delay ${t.delay ?? '-'} `
      + `requested ${t.requested}; after the request, ms: configured ${after(t.configured)} linted ${after(t.linted)} handed ${after(t.handed)} notified ${after(t.notified)}`);
    return t;
  });
}
