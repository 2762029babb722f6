// The tree data provider of the Postmortems view: incidents (ongoing on top, newest first) and their rows.
// Elements carry `uri` (a vscode.Uri), so context-menu commands of other features receive `{ uri }`.
import * as vscode from 'vscode';
import type { IncidentFilter, IncidentNode, TimelineRow, Phase } from '../../core/index';
import { core } from '../services/core';
import type { IncidentIndex } from '../services/incident-index';

export interface IncidentElement { type: 'incident'; uri: vscode.Uri; node: IncidentNode }
export interface RowElement { type: 'row'; uri: vscode.Uri; row: TimelineRow; parent: IncidentElement; index: number }
export type TimelineElement = IncidentElement | RowElement;

const t: (message: string, ...args: Array<string | number>) => string = (m, ...a) => vscode.l10n.t(m, ...a);

const PHASE_ICONS: Record<Phase, [string, string]> = {
  investigating: ['search', 'charts.red'],
  identified: ['target', 'charts.orange'],
  monitoring: ['eye', 'charts.blue'],
  resolved: ['pass', 'charts.green'],
};

function icon(id: string, colour?: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, colour ? new vscode.ThemeColor(colour) : undefined);
}

function rowIcon(row: TimelineRow, now: number): vscode.ThemeIcon {
  switch (row.kind) {
    case 'update': return row.phase ? icon('circle-filled', PHASE_ICONS[row.phase][1]) : icon('circle-outline');
    case 'entry': return icon('debug-stackframe-dot');
    case 'silence': return icon('warning', 'list.warningForeground');
    case 'late': return icon('history', 'list.warningForeground');
    case 'nextDue': return now > row.dueAt ? icon('bell-dot', 'list.warningForeground') : icon('bell');
    case 'report':
      return row.state === 'published'
        ? icon(row.level === 'info' ? 'check' : 'warning', row.level === 'info' ? 'charts.green' : 'list.warningForeground')
        : row.state === 'overdue' ? icon('error', 'list.errorForeground') : icon('book');
  }
}

/** Where a click on a row goes: the line of the document (or, for a missing report, the "create report" command). */
function openAt(uri: vscode.Uri, line: number): vscode.Command {
  const pos = new vscode.Position(Math.max(0, line), 0);
  return {
    title: t('Go to Line'),
    command: 'vscode.open',
    arguments: [uri, { selection: new vscode.Range(pos, pos), preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
  };
}

export class TimelineTreeProvider implements vscode.TreeDataProvider<TimelineElement> {
  private readonly emitter = new vscode.EventEmitter<TimelineElement | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: IncidentElement[] | undefined;
  private rootsNow = 0;
  filter: IncidentFilter = 'all';

  constructor(private readonly index: IncidentIndex, private readonly clock: () => number) {}

  refresh(): void {
    this.roots = undefined;
    this.emitter.fire();
  }

  /** The incidents as shown, built once per refresh (and when the minute changes). */
  incidents(): IncidentElement[] {
    const now = this.clock();
    if (!this.roots || Math.floor(now / 60_000) !== Math.floor(this.rootsNow / 60_000)) {
      this.rootsNow = now;
      this.roots = core().buildTree(this.index.values(), now, this.filter)
        .map((node) => ({ type: 'incident' as const, uri: vscode.Uri.parse(node.summary.uri), node }));
    }
    return this.roots;
  }

  get now(): number { return this.rootsNow || this.clock(); }

  getChildren(element?: TimelineElement): TimelineElement[] {
    if (!element) return this.incidents();
    if (element.type === 'row') return [];
    return element.node.rows.map((row, index) => ({ type: 'row' as const, uri: vscode.Uri.parse(row.uri), row, parent: element, index }));
  }

  getParent(element: TimelineElement): TimelineElement | undefined {
    return element.type === 'row' ? element.parent : undefined;
  }

  getTreeItem(element: TimelineElement): vscode.TreeItem {
    const now = this.now;
    if (element.type === 'incident') {
      const node = element.node;
      const text = core().describeIncident(node, now, t);
      const item = new vscode.TreeItem(text.label, node.ongoing ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `incident:${node.summary.uri}`;
      item.description = text.description;
      item.tooltip = text.tooltip;
      item.iconPath = node.summary.kind === 'rcca' ? icon('book') : icon(...PHASE_ICONS[node.phase]);
      item.contextValue = node.summary.kind === 'rcca' ? 'postmortem.report' : node.ongoing ? 'postmortem.incident.ongoing' : 'postmortem.incident.resolved';
      item.command = openAt(element.uri, node.summary.titleLine);
      return item;
    }
    const { row, parent } = element;
    const text = core().describeRow(row, parent.node, now, t);
    const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
    item.id = `row:${parent.node.summary.uri}#${element.index}:${row.kind}:${row.line}`;
    item.description = text.description;
    item.tooltip = text.tooltip;
    item.iconPath = rowIcon(row, now);
    item.contextValue = `postmortem.row.${row.kind}`;
    item.command = row.kind === 'report' && !row.rccaUri
      ? { title: t('Open or Create the Report'), command: 'postmortem.newReport', arguments: [parent.uri] }
      : openAt(element.uri, row.line);
    return item;
  }
}
