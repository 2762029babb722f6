// Fix All (the command and `source.fixAll.postmortem`): every available fix, applied as one small edit per changed
// place, and only to the document version the fixes were computed from. VS Code refuses a workspace edit made for
// an older version, so keystrokes typed meanwhile are never overwritten: the fixes are computed again instead.
import * as vscode from 'vscode';
import { core } from '../services/core';
import type { Services } from '../services/services';
import { minimalEdits } from './minimal-edits';

/** How often the command computes the fixes again when the document keeps changing under it. */
const ATTEMPTS = 3;

export interface ComputedFixes { edit: vscode.WorkspaceEdit; applied: number; version: number }

export class FixAll {
  constructor(private readonly services: Pick<Services, 'config' | 'clock' | 'lints'>) {}

  /**
   * The fixes of the document as it is now, as minimal edits; undefined when there is nothing to fix, 'changed' when
   * the document changed while its configuration was read.
   */
  async compute(doc: vscode.TextDocument): Promise<ComputedFixes | 'changed' | undefined> {
    const version = doc.version;
    const { config } = await this.services.config.configFor(doc.uri);
    if (doc.isClosed || doc.version !== version) return 'changed';
    // from here to the caller's applyEdit nothing awaits: the text, its positions and the version are one snapshot
    const text = doc.getText();
    const out = core().fixAll(text, { uri: doc.uri.toString(), config, now: this.services.clock.now() });
    if (out.text === text || out.applied.length === 0) return undefined;
    const edit = new vscode.WorkspaceEdit();
    for (const e of minimalEdits(text, out.text)) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
    return { edit, applied: out.applied.length, version };
  }

  /** Applies every available fix to a document (command `Postmortem: Fix All in Document`); returns how many. */
  async run(uri?: vscode.Uri): Promise<number> {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc || (await this.services.lints.kindOf(doc)) === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an incident or a cause and corrective action report first.'));
      return 0;
    }
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const fixes = await this.compute(doc);
      if (fixes === 'changed') continue;
      if (!fixes) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically.'));
        return 0;
      }
      if (doc.version !== fixes.version) continue;
      if (await vscode.workspace.applyEdit(fixes.edit)) {
        await this.services.lints.lintNow(doc);
        return fixes.applied;
      }
      if (doc.isClosed || doc.version === fixes.version) {
        // refused for another reason than an edit meanwhile (a read-only editor, a closed document)
        void vscode.window.showWarningMessage(vscode.l10n.t('Fix All could not edit the document; nothing was changed.'));
        return 0;
      }
    }
    void vscode.window.showWarningMessage(vscode.l10n.t('Fix All changed nothing: the document was being edited while the fixes were computed. Run it again.'));
    return 0;
  }
}
