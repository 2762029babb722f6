// A CodeLens over each status update with the next time it promised (and how far away that is), or a reminder
// that it promises none.
import * as vscode from 'vscode';
import { formatDateTime, formatDuration } from '../core/index';
import { clock } from './clock';
import { onDidLint } from './diagnostics';
import { isCandidate, parseTextDocument, toRange } from './linting';
import { settings, uiLang } from './settings';

class UpdateLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!isCandidate(document) || !settings(document.uri).codeLens) return [];
    const { doc } = await parseTextDocument(document);
    if (doc.kind !== 'incident') return [];
    const now = clock.now();
    const lang = uiLang();
    return doc.updates.map((u) => {
      let title: string;
      const next = u.nextUpdate?.at;
      if (next !== undefined) {
        const at = formatDateTime(next, doc.zone);
        const span = formatDuration(Math.abs(next - now), lang);
        title = next >= now
          ? vscode.l10n.t('$(clock) Next update promised by {0} (in {1})', at, span)
          : vscode.l10n.t('$(clock) Next update promised by {0} ({1} ago)', at, span);
      } else if (u.phase === 'resolved') {
        title = vscode.l10n.t('$(check) Final update');
      } else {
        title = vscode.l10n.t('$(warning) No next update promised');
      }
      return new vscode.CodeLens(toRange(u.headingRange), { title, command: '' });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerCodeLens(context: vscode.ExtensionContext): void {
  const provider = new UpdateLenses();
  const refresh = () => provider.refresh();
  const timer = setInterval(refresh, 60_000);
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    { dispose: () => clearInterval(timer) },
    onDidLint(refresh),
    clock.onDidChange(refresh),
  );
}
