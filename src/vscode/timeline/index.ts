// The "Postmortems" activity-bar view: the tree of the incident index, the minute clock, the filter, and the test
// snapshot command. The open documents are linted first; then the index reads them from their lint's parse and
// scans the workspace in time slices (the chart reads the same index).
import * as vscode from 'vscode';
import type { IncidentFilter } from '../../core/index';
import type { Services } from '../services/services';
import { TimelineTreeProvider, type TimelineElement } from './tree';

export const VIEW_ID = 'postmortem.incidents';

const FILTER_LABELS = (): Record<IncidentFilter, string> => ({
  all: vscode.l10n.t('All incidents'),
  ongoing: vscode.l10n.t('Ongoing incidents'),
  resolved: vscode.l10n.t('Resolved incidents'),
});

export function activate(context: vscode.ExtensionContext, { clock: sharedClock, incidents: index, lints, log }: Services): void {
  const clock = () => sharedClock.now(); // real time, or pinned by `postmortem.setClock` (tests, demos)
  const provider = new TimelineTreeProvider(index, clock);
  const view = vscode.window.createTreeView<TimelineElement>(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const updateState = () => {
    const p = index.progress;
    view.message = p.ready ? undefined : vscode.l10n.t('Indexing incidents… {0}/{1}', p.done, p.total);
    view.description = provider.filter === 'all' ? undefined : FILTER_LABELS()[provider.filter];
    void vscode.commands.executeCommand('setContext', 'postmortem.timeline.ready', p.ready);
    void vscode.commands.executeCommand('setContext', 'postmortem.timeline.empty', index.size === 0);
    void vscode.commands.executeCommand('setContext', 'postmortem.timeline.filter', provider.filter);
    updateEditorContext();
  };
  // The editor title shows the chart button only on incidents and reports.
  const updateEditorContext = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    void vscode.commands.executeCommand('setContext', 'postmortem.timeline.activeIsPostmortem', Boolean(uri && index.get(uri)));
  };

  const setFilter = (filter: IncidentFilter) => {
    provider.filter = filter;
    provider.refresh();
    updateState();
  };

  // Countdowns move every minute: refresh on the minute while the view is visible, and as soon as it shows again.
  let minuteTimer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    minuteTimer = setTimeout(tick, 60_000 - (clock() % 60_000) + 50);
    if (view.visible) provider.refresh();
  };
  tick();

  context.subscriptions.push(
    view,
    { dispose: () => { if (minuteTimer) clearTimeout(minuteTimer); } },
    index.onDidChange(() => { provider.refresh(); updateState(); }),
    view.onDidChangeVisibility((e) => { if (e.visible) provider.refresh(); }),
    sharedClock.onDidChange(() => provider.refresh()),
    vscode.window.onDidChangeActiveTextEditor(updateEditorContext),
    vscode.commands.registerCommand('postmortem.timeline.refresh', async () => { await index.rescan(); provider.refresh(); }),
    vscode.commands.registerCommand('postmortem.timeline.showAll', () => setFilter('all')),
    vscode.commands.registerCommand('postmortem.timeline.showOngoing', () => setFilter('ongoing')),
    vscode.commands.registerCommand('postmortem.timeline.showResolved', () => setFilter('resolved')),
    vscode.commands.registerCommand('postmortem.timeline.filter', async (arg?: unknown) => {
      if (arg === 'all' || arg === 'ongoing' || arg === 'resolved') return setFilter(arg);
      const labels = FILTER_LABELS();
      const pick = await vscode.window.showQuickPick(
        (Object.keys(labels) as IncidentFilter[]).map((f) => ({ label: labels[f], filter: f, picked: f === provider.filter })),
        { title: vscode.l10n.t('Show incidents'), placeHolder: labels[provider.filter] },
      );
      if (pick) setFilter(pick.filter);
    }),
    // Test hook (hidden from the palette): the tree as the user sees it, after the index is ready.
    vscode.commands.registerCommand('postmortem.timeline._snapshot', async () => {
      await index.scan();
      return provider.incidents().map((inc) => {
        const item = provider.getTreeItem(inc);
        return {
          label: item.label, description: item.description, contextValue: item.contextValue, uri: inc.uri.toString(),
          rows: provider.getChildren(inc).map((row) => {
            const r = provider.getTreeItem(row);
            return { label: r.label, description: r.description, kind: row.type === 'row' ? row.row.kind : '', line: row.type === 'row' ? row.row.line : -1, command: r.command?.command };
          }),
        };
      });
    }),
    vscode.commands.registerCommand('postmortem.timeline._reveal', async (uri: string, rowIndex?: number) => {
      const inc = provider.incidents().find((i) => i.uri.toString() === uri);
      if (!inc) return false;
      const target = rowIndex === undefined ? inc : provider.getChildren(inc)[rowIndex];
      await view.reveal(target, { select: true, focus: true, expand: true });
      return true;
    }),
  );

  updateState();
  // After the open documents' first lint, never before it: the first problems do not wait for the workspace.
  void lints.settled()
    .then(() => index.readOpenDocuments())
    .then(() => index.scan())
    .then(updateState, (err) => log.error(`timeline: indexing failed: ${String(err)}`));
}
