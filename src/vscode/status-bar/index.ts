// Status bar: the active incident's next-update countdown (warning colours once overdue) and, after resolution, the
// report's publish-by countdown; for a report, its own publish-by deadline. Click: the command that meets it.
import * as vscode from 'vscode';
import type { Deadline } from '../../core/index';
import { core } from '../services/core';
import type { Services } from '../services/services';
import { settings, uiLang } from '../services/settings';

export interface StatusBarState { visible: boolean; text: string; tooltip: string; overdue: boolean; command?: string }

function describe(d: Deadline, docKind: string | undefined, zone: string): StatusBarState {
  const lang = uiLang();
  const at = core().formatDateTime(d.due, zone);
  const span = core().formatDuration(Math.abs(d.lateMs), lang);
  if (d.kind === 'next-update') {
    return d.overdue
      ? { visible: true, overdue: true, text: `$(warning) ${vscode.l10n.t('Update overdue by {0}', span)}`,
        tooltip: vscode.l10n.t('The next update was due at {0}. Post one now.', at), command: 'postmortem.newStatusUpdate' }
      : { visible: true, overdue: false, text: `$(clock) ${vscode.l10n.t('Next update in {0}', span)}`,
        tooltip: d.promised ? vscode.l10n.t('Next update promised for {0}.', at) : vscode.l10n.t('Next update due by {0} (severity cadence).', at),
        command: 'postmortem.newStatusUpdate' };
  }
  const command = docKind === 'incident' ? 'postmortem.newReport' : undefined;
  return d.overdue
    ? { visible: true, overdue: true, text: `$(warning) ${vscode.l10n.t('Report overdue by {0}', span)}`,
      tooltip: vscode.l10n.t('The cause and corrective action report was due by {0}.', at), command }
    : { visible: true, overdue: false, text: `$(clock) ${vscode.l10n.t('Report due in {0}', span)}`,
      tooltip: vscode.l10n.t('Publish the cause and corrective action report by {0}.', at), command };
}

const HIDDEN: StatusBarState = { visible: false, text: '', tooltip: '', overdue: false };

export function activate(context: vscode.ExtensionContext, { clock, lints }: Services): void {
  let item: vscode.StatusBarItem | undefined = vscode.window.createStatusBarItem('postmortem.deadline', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Postmortem deadline');
  let generation = 0;

  /** Shows the active document's deadline; returns what the item shows now. */
  const refreshStatusBar = async (): Promise<StatusBarState> => {
    const run = ++generation;
    const editor = vscode.window.activeTextEditor;
    let next = HIDDEN;
    if (editor && settings(editor.document.uri).statusBar && (await lints.kindOf(editor.document)) !== undefined) {
      const { doc, config } = await lints.parseDocument(editor.document);
      const d = core().currentDeadline(doc, clock.now(), config.config);
      if (d) next = describe(d, doc.kind, doc.zone);
    }
    if (run !== generation || !item) return next; // a newer refresh started meanwhile: it owns the item
    if (!next.visible) {
      item.hide();
      return next;
    }
    item.text = next.text;
    item.tooltip = next.tooltip;
    item.command = next.command;
    item.backgroundColor = next.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
    return next;
  };

  const refresh = () => void refreshStatusBar();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const timer = setInterval(refresh, 15_000);
  context.subscriptions.push(
    item,
    { dispose: () => { clearInterval(timer); item = undefined; } },
    vscode.window.onDidChangeActiveTextEditor(refresh),
    // An edit changes the deadline once the lint has parsed the new text (onDidLint). Refreshing on each keystroke
    // parsed a large document once per key, before the lint delay had passed. Without lint on type: after that delay.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document || !e.contentChanges.length) return;
      const s = settings(e.document.uri);
      if (s.lintOnType) return;
      if (typingTimer) clearTimeout(typingTimer);
      typingTimer = setTimeout(refresh, s.lintDelay);
    }),
    { dispose: () => { if (typingTimer) clearTimeout(typingTimer); } },
    lints.onDidLint(refresh),
    clock.onDidChange(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('postmortem')) refresh(); }),
    // for tests and the UI: what the item shows now
    vscode.commands.registerCommand('postmortem.statusBarState', refreshStatusBar),
  );
  refresh();
}
