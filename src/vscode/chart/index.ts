// The timeline chart: a webview with the incident's SVG (strict CSP: no inline script or style, nonce'd script
// file), kept live as the document changes, and exported as `<name>.timeline.svg` next to the document.
import * as vscode from 'vscode';
import type { DocSummary } from '../../core/index';
import { core } from '../services/core';
import type { IncidentIndex } from '../services/incident-index';
import type { Log } from '../services/log';
import { mayWriteExport } from '../services/overwrite';
import type { Services } from '../services/services';
import { uriFromArg } from '../services/uri-arg';

const t: (message: string, ...args: Array<string | number>) => string = (m, ...a) => vscode.l10n.t(m, ...a);

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `incident.md` → `incident.timeline.svg` in the same folder. */
export function exportTarget(doc: vscode.Uri): vscode.Uri {
  const name = doc.path.slice(doc.path.lastIndexOf('/') + 1);
  const base = name.replace(/\.(md|markdown)$/i, '');
  return vscode.Uri.joinPath(doc, '..', `${base}.timeline.svg`);
}

async function loadSummary(index: IncidentIndex, uri: vscode.Uri): Promise<DocSummary | undefined> {
  const known = index.get(uri);
  if (known) return known;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  return index.summaryOf(text, uri);
}

function chartSvg(index: IncidentIndex, summary: DocSummary, now: number): string {
  let rcca: DocSummary | undefined;
  if (summary.kind === 'incident' && summary.id) {
    for (const s of index.values()) if (s.kind === 'rcca' && s.incident === summary.id) { rcca = s; break; }
  }
  return core().renderTimelineSvg(core().buildIncident(summary, rcca, now), { now, t });
}

async function exportChart(index: IncidentIndex, uri: vscode.Uri, now: number): Promise<vscode.Uri | undefined> {
  const summary = await loadSummary(index, uri);
  if (!summary) {
    void vscode.window.showWarningMessage(t('This document is not an incident or a report (no `kind` in its front matter).'));
    return undefined;
  }
  const target = exportTarget(uri);
  if (!(await mayWriteExport(target))) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(core().svgDocument(chartSvg(index, summary, now))));
  void vscode.window.showInformationMessage(t('Timeline chart saved as {0}', vscode.workspace.asRelativePath(target)));
  return target;
}

class ChartPanel {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly index: IncidentIndex, private readonly log: Log,
    readonly uri: vscode.Uri, private readonly clock: () => number, onDispose: () => void) {
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel('postmortem.timelineChart', t('Timeline'), vscode.ViewColumn.Beside,
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
    this.panel.iconPath = vscode.Uri.joinPath(media, 'postmortem-activity.svg');
    this.disposables.push(
      this.panel.onDidDispose(() => { for (const d of this.disposables) d.dispose(); onDispose(); }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string }) => {
        if (m?.type === 'export') void exportChart(this.index, this.uri, this.clock()).catch((e) => this.fail(e));
      }),
      this.index.onDidChange(() => void this.update()),
      // Hidden webviews lose their page: redraw the whole page when it shows again.
      this.panel.onDidChangeViewState((e) => { if (e.webviewPanel.visible) void this.update(true); }),
    );
    const timer = setInterval(() => { if (this.panel.visible) void this.update(); }, 60_000);
    this.disposables.push({ dispose: () => clearInterval(timer) });
    void this.update(true);
  }

  private fail(err: unknown): void {
    this.log.error(`chart: ${String(err)}`);
    void vscode.window.showErrorMessage(t('Could not draw or save the timeline chart: {0}', String(err instanceof Error ? err.message : err)));
  }

  async update(first = false): Promise<void> {
    try {
      const summary = await loadSummary(this.index, this.uri);
      const svg = summary
        ? chartSvg(this.index, summary, this.clock())
        : `<p>${core().escapeXml(t('This document is not an incident or a report (no `kind` in its front matter).'))}</p>`;
      this.panel.title = t('Timeline: {0}', summary?.id ?? summary?.title ?? this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1));
      if (first) this.panel.webview.html = this.html(svg);
      else if (this.panel.visible) void this.panel.webview.postMessage({ type: 'svg', svg });
    } catch (err) {
      this.fail(err);
    }
  }

  private html(svg: string): string {
    const w = this.panel.webview;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const css = w.asWebviewUri(vscode.Uri.joinPath(media, 'chart.css'));
    const js = w.asWebviewUri(vscode.Uri.joinPath(media, 'chart.js'));
    const n = nonce();
    const csp = `default-src 'none'; img-src ${w.cspSource} data:; style-src ${w.cspSource}; font-src ${w.cspSource}; script-src 'nonce-${n}';`;
    return `<!DOCTYPE html>
<html lang="${core().escapeXml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>${core().escapeXml(t('Timeline'))}</title>
</head>
<body>
<header><button id="export" type="button">${core().escapeXml(t('Export as SVG'))}</button></header>
<main id="chart">${svg}</main>
<script nonce="${n}" src="${js.toString()}"></script>
</body>
</html>`;
  }
}

export function activate(context: vscode.ExtensionContext, { incidents: index, clock: sharedClock, log }: Services): void {
  const clock = () => sharedClock.now();
  const panels = new Map<string, ChartPanel>();
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.showTimelineChart', (arg?: unknown) => {
      const uri = uriFromArg(arg);
      if (!uri) return void vscode.window.showInformationMessage(t('Open an incident document first.'));
      const key = uri.toString();
      const open = panels.get(key);
      if (open) return open.panel.reveal();
      void index.scan(); // first use: an incident's report may be anywhere in the workspace (the chart follows the index)
      panels.set(key, new ChartPanel(context, index, log, uri, clock, () => panels.delete(key)));
    }),
    vscode.commands.registerCommand('postmortem.exportTimelineChart', async (arg?: unknown) => {
      const uri = uriFromArg(arg);
      if (!uri) return void vscode.window.showInformationMessage(t('Open an incident document first.'));
      try {
        await index.scan();
        return await exportChart(index, uri, clock());
      } catch (err) {
        log.error(`chart export: ${String(err)}`);
        void vscode.window.showErrorMessage(t('Could not draw or save the timeline chart: {0}', String(err instanceof Error ? err.message : err)));
        return undefined;
      }
    }),
    { dispose: () => { for (const p of panels.values()) p.panel.dispose(); } },
  );
}
