// Postmortem: Mark Resolved — `status: resolved` and `resolved: <now>` in the front matter, plus the final update
// with the recovery notice (recovered, whether data was lost, the report and its publish-by date).
import * as vscode from 'vscode';
import { core } from '../services/core';
import { activeDocument, applyCoreEdits, type CommandServices } from './common';
import { revealInserted } from './status-update';

export async function markResolved(services: CommandServices, args: { uri?: vscode.Uri } = {}): Promise<boolean> {
  const active = await activeDocument(services, 'incident', args.uri);
  if (!active) return false;
  const { editor, doc, config } = active;
  const template = await services.templates.load('update-resolved', doc.lang, config);
  const plan = core().markResolvedEdits(doc, services.clock.now(), template.text, config.config);
  if (!plan.ok) {
    const message = plan.reason === 'already-resolved'
      ? vscode.l10n.t('This incident is already resolved.')
      : vscode.l10n.t('This incident has no front matter to mark resolved.');
    void vscode.window.showWarningMessage(message);
    return false;
  }
  const before = editor.document.getText();
  if (!(await applyCoreEdits(editor.document.uri, plan.edits))) return false;
  revealInserted(editor, before, plan.edits[plan.edits.length - 1].newText);
  return true;
}
