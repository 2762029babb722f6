// A CodeLens over each status update with the next time it promised (and how far away that is), or a reminder
// that it promises none.
import * as vscode from 'vscode';
import { core } from '../services/core';
import { toRange } from '../services/documents';
import type { Services } from '../services/services';
import { settings, uiLang } from '../services/settings';

/** A lens over one update: its title is made when VS Code shows it (resolveCodeLens), only for lenses in view. */
class UpdateLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly next: number | undefined, readonly final: boolean, readonly zone: string) {
    super(range);
  }
}

class UpdateLenses implements vscode.CodeLensProvider<UpdateLens> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly services: Pick<Services, 'clock' | 'lints'>) {}

  refresh(): void {
    this.changed.fire();
  }

  // A 1 MB incident has thousands of updates: formatting every title on each lint took 0.1-0.7 s (luxon) on this
  // machine, for the few lenses on screen. Titles are made in resolveCodeLens instead.
  async provideCodeLenses(document: vscode.TextDocument): Promise<UpdateLens[]> {
    if (!settings(document.uri).codeLens || (await this.services.lints.kindOf(document)) === undefined) return [];
    // VS Code asks again after each lint (onDidLint below): while one is due, its parse is the one to use.
    await this.services.lints.afterDueLint(document);
    if (document.isClosed) return [];
    const { doc } = await this.services.lints.parseDocument(document);
    if (doc.kind !== 'incident') return [];
    return doc.updates.map((u) => new UpdateLens(toRange(u.headingRange), u.nextUpdate?.at, u.phase === 'resolved', doc.zone));
  }

  resolveCodeLens(lens: UpdateLens): UpdateLens {
    const now = this.services.clock.now();
    let title: string;
    if (lens.next !== undefined) {
      const at = core().formatDateTime(lens.next, lens.zone);
      const span = core().formatDuration(Math.abs(lens.next - now), uiLang());
      title = lens.next >= now
        ? vscode.l10n.t('$(clock) Next update promised by {0} (in {1})', at, span)
        : vscode.l10n.t('$(clock) Next update promised by {0} ({1} ago)', at, span);
    } else if (lens.final) {
      title = vscode.l10n.t('$(check) Final update');
    } else {
      title = vscode.l10n.t('$(warning) No next update promised');
    }
    lens.command = { title, command: '' };
    return lens;
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
