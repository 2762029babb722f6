// Postmortem: New Cause and Corrective Action Report — from the active incident, next to it (rcca.md; never
// overwriting: rcca-2.md…). Carries id, title, severity, dates, impact and timeline; publish-by = resolved + the
// deadline; links both ways (`incident:` in the report, `report:` in the incident). An incident that already links
// a report that exists just opens it.
import * as vscode from 'vscode';
import { core } from '../services/core';
import { createFile, exists, freeName } from '../services/new-files';
import { activeDocument, applyCoreEdits, dirOf, relativePath, type CommandServices } from './common';

export async function newReport(services: CommandServices, args: { uri?: vscode.Uri; force?: boolean } = {}): Promise<vscode.Uri | undefined> {
  const current = args.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (current && /(^|\n)kind:\s*rcca\s*(\n|$)/.test((await vscode.workspace.openTextDocument(current)).getText().slice(0, 2000))) {
    await vscode.window.showTextDocument(current, { preview: false }); // already a report (e.g. from the timeline view)
    return current;
  }
  const active = await activeDocument(services, 'incident', args.uri);
  if (!active) return undefined;
  const { editor, doc, config } = active;
  const dir = dirOf(editor.document.uri);
  const linked = doc.frontMatter.data.report;
  if (typeof linked === 'string' && linked.trim()) {
    const target = vscode.Uri.joinPath(dir, linked.trim());
    if (await exists(target)) {
      await vscode.window.showTextDocument(target, { preview: false });
      void vscode.window.showInformationMessage(vscode.l10n.t('This incident already has a report: {0}', vscode.workspace.asRelativePath(target)));
      return target;
    }
  }
  if (doc.meta.resolved === undefined && !args.force) {
    const go = vscode.l10n.t('Create Anyway');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('This incident is not resolved yet: the report\'s deadline counts from resolution. Create the report now?'),
      { modal: true }, go);
    if (answer !== go) return undefined;
  }
  const target = await freeName(dir, 'rcca.md', true);
  const plan = core().reportPlan(doc, relativePath(dir, target), services.clock.now(), config.config);
  const template = await services.templates.load('rcca', doc.lang, config);
  const text = core().renderTemplate(template.text, plan.values).text;
  if (!(await createFile(target, text))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was overwritten.', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  await applyCoreEdits(editor.document.uri, plan.incidentEdits);
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
