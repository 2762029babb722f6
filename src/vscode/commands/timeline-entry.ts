// Postmortem: Add Timeline Entry — a new entry stamped now at the end of the timeline; the caret waits for the event.
import * as vscode from 'vscode';
import { core } from '../services/core';
import { activeDocument, applyCoreEdits, type CommandServices } from './common';

export async function addTimelineEntry(services: CommandServices, args: { event?: string; uri?: vscode.Uri } = {}): Promise<boolean> {
  const active = await activeDocument(services, undefined, args.uri);
  if (!active) return false;
  const { editor, doc } = active;
  if (doc.kind === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an incident document first (Markdown with `kind: incident` in its front matter).'));
    return false;
  }
  const { edit, caret } = core().timelineEntryEdit(doc, services.clock.now(), args.event ?? '');
  if (!(await applyCoreEdits(editor.document.uri, [edit]))) return false;
  const pos = editor.document.validatePosition(new vscode.Position(caret.line, caret.character));
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
