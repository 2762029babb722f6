// A CodeLens over each status update with the next time it promised (and how far away that is), or a reminder
// that it promises none.
import * as vscode from 'vscode';
import { core } from '../services/core';
import { toRange } from '../services/documents';
import type { Services } from '../services/services';
import { settings, uiLang } from '../services/settings';

class UpdateLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly services: Pick<Services, 'clock' | 'lints'>) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!settings(document.uri).codeLens || (await this.services.lints.kindOf(document)) === undefined) return [];
    const { doc } = await this.services.lints.parseDocument(document);
    if (doc.kind !== 'incident') return [];
    const now = this.services.clock.now();
    const lang = uiLang();
    return doc.updates.map((u) => {
      let title: string;
      const next = u.nextUpdate?.at;
      if (next !== undefined) {
        const at = core().formatDateTime(next, doc.zone);
        const span = core().formatDuration(Math.abs(next - now), lang);
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

export function activate(context: vscode.ExtensionContext, services: Services): void {
  const { clock, lints } = services;
  const provider = new UpdateLenses(services);
  const refresh = () => provider.refresh();
  const timer = setInterval(refresh, 60_000);
  context.subscriptions.push(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    { dispose: () => clearInterval(timer) },
    lints.onDidLint(refresh),
    clock.onDidChange(refresh),
  );
}
