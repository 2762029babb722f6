// Postmortem: New Status Update — the next update of the active incident, from the phase template, stamped now,
// with the next-update time the severity's cadence implies, inserted where updates go.
import * as vscode from 'vscode';
import type { Phase, TemplateName } from '../../core/index';
import { core } from '../services/core';
import { activeDocument, applyCoreEdits, type CommandServices } from './common';

export interface StatusUpdateArgs { phase?: Phase; uri?: vscode.Uri }

export async function newStatusUpdate(services: CommandServices, args: StatusUpdateArgs = {}): Promise<boolean> {
  const active = await activeDocument(services, 'incident', args.uri);
  if (!active) return false;
  const { editor, doc, config } = active;
  const last = doc.updates[doc.updates.length - 1]?.phase ?? doc.meta.status;
  const suggested = core().suggestedPhase(last);
  const phase = args.phase ?? (await vscode.window.showQuickPick(
    core().PHASES.filter((p) => p !== 'resolved')
      .sort((a, b) => (a === suggested ? -1 : b === suggested ? 1 : 0))
      .map((p) => ({ label: core().phaseLabel(doc.lang, p), description: p === suggested ? vscode.l10n.t('suggested') : undefined, phase: p })),
    { title: vscode.l10n.t('New status update'), placeHolder: vscode.l10n.t('Phase of this update (use Mark Resolved to close the incident)') },
  ))?.phase;
  if (!phase || !core().PHASES.includes(phase)) return false;
  const template = await services.templates.load(`update-${phase}` as TemplateName, doc.lang, config);
  const text = core().renderTemplate(template.text, core().updateValues(doc, { phase, now: services.clock.now(), config: config.config })).text;
  const edit = core().insertUpdateEdit(doc, text, core().configuredUpdateOrder(config.config));
  const before = editor.document.getText();
  if (!(await applyCoreEdits(editor.document.uri, [edit]))) return false;
  revealInserted(editor, before, text);
  return true;
}

/** Moves the caret to the first line of the inserted block (found by its first line). */
export function revealInserted(editor: vscode.TextEditor, before: string, block: string): void {
  const first = block.trim().split('\n')[0];
  const lines = editor.document.getText().split('\n').map((l) => l.replace(/\r$/, ''));
  const old = new Set(before.split('\n').map((l) => l.replace(/\r$/, '')));
  const line = lines.findIndex((l) => l === first && !old.has(l));
  const at = line >= 0 ? line : lines.indexOf(first);
  if (at < 0) return;
  const pos = new vscode.Position(Math.min(at + 1, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(at, 0, at + 3, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
