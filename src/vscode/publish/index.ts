// Publishing from the editor: "Copy Update for…" (the update under the cursor, or the latest, as plain text for a
// status page, Markdown, Slack or HTML for an e-mail, after showing its problems) and "Export Report as HTML" (one
// standalone file next to the document, never overwriting without asking).
import * as vscode from 'vscode';
import type { DocSummary, Finding, PostmortemDocument, PublishFormat } from '../../core/index';
import { core } from '../services/core';
import { toRange } from '../services/documents';
import { mayWriteExport } from '../services/overwrite';
import type { Services } from '../services/services';
import { uriFromArg } from '../services/uri-arg';

const t: (message: string, ...args: Array<string | number>) => string = (m, ...a) => vscode.l10n.t(m, ...a);

/** Arguments a keybinding, a walkthrough link or a test may pass. */
export interface CopyUpdateArgs { format?: PublishFormat; uri?: string | vscode.Uri; line?: number }
/** What the command returns (for tests and other extensions): what was copied, or undefined when nothing was. */
export interface CopiedUpdate { format: PublishFormat; text: string; update: number; problems: number }

function formatNames(): Record<PublishFormat, { label: string; detail: string }> {
  return {
    text: { label: t('Plain text'), detail: t('For a status page: no markup, links written out') },
    markdown: { label: t('Markdown'), detail: t('As written, without the heading and comments') },
    slack: { label: t('Slack message'), detail: t('Slack markup: *bold*, _italic_, <link|text>') },
    html: { label: t('HTML for e-mail'), detail: t('Paste into an e-mail or a web form that takes HTML') },
  };
}

async function pickFormat(): Promise<PublishFormat | undefined> {
  const names = formatNames();
  const picked = await vscode.window.showQuickPick(
    core().PUBLISH_FORMATS.map((format) => ({ format, label: names[format].label, detail: names[format].detail })),
    { title: t('Copy Update for…'), placeHolder: t('Where will you publish this update?') });
  return picked?.format;
}

type ProblemItem = vscode.QuickPickItem & { action: 'copy' | 'show'; finding?: Finding };

/** Shows the update's problems; true to copy anyway (the first item: one click or Enter), false when the user went to one. */
async function confirmProblems(editor: vscode.TextEditor, findings: Finding[]): Promise<boolean> {
  const icon = (f: Finding) => (f.severity === 'error' ? '$(error)' : '$(warning)');
  const items: ProblemItem[] = [
    { action: 'copy', label: `$(copy) ${t('Copy anyway')}`, alwaysShow: true },
    { action: 'copy', label: '', kind: vscode.QuickPickItemKind.Separator },
    ...findings.map((f): ProblemItem => ({
      action: 'show', finding: f, label: `${icon(f)} ${f.message}`,
      description: `${f.ruleName} (${f.ruleId}) · ${t('line {0}', f.range.start.line + 1)}`,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: findings.length === 1 ? t('This update has 1 problem') : t('This update has {0} problems', findings.length),
    placeHolder: t('Copy it anyway, or pick a problem to go to it'),
    matchOnDescription: true,
  });
  if (!picked) return false;
  if (picked.action === 'show' && picked.finding) {
    const range = toRange(picked.finding.range);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return false;
  }
  return picked.action === 'copy';
}

async function editorFor(uri: vscode.Uri | undefined): Promise<vscode.TextEditor | undefined> {
  const active = vscode.window.activeTextEditor;
  if (!uri || active?.document.uri.toString() === uri.toString()) return active;
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

async function copyUpdate({ lints }: Services, args: CopyUpdateArgs = {}): Promise<CopiedUpdate | undefined> {
  const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
  const editor = await editorFor(uri);
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(t('Open an incident document first.'));
    return undefined;
  }
  const { doc } = await lints.parseDocument(editor.document);
  if (!doc.kind) {
    void vscode.window.showWarningMessage(t('This document is not an incident or a report (no `kind` in its front matter).'));
    return undefined;
  }
  const index = core().updateAt(doc, args.line ?? editor.selection.active.line);
  if (index === undefined) {
    void vscode.window.showWarningMessage(t('This document has no status update to copy yet.'));
    return undefined;
  }
  const format = args.format ?? await pickFormat();
  if (!format) return undefined;
  const { result } = await lints.lintDocument(editor.document);
  const problems = core().updateFindings(doc, index, result.findings);
  if (problems.length > 0 && !(await confirmProblems(editor, problems))) return undefined;
  const text = core().publishUpdate(doc, index, format);
  await vscode.env.clipboard.writeText(text);
  void vscode.window.showInformationMessage(t('Update “{0}” copied as {1}.', doc.updates[index].heading.trim(), formatNames()[format].label));
  return { format, text, update: index, problems: problems.length };
}

/** `rcca.md` → `rcca.html` in the same folder. */
export function htmlTarget(doc: vscode.Uri): vscode.Uri {
  const name = doc.path.slice(doc.path.lastIndexOf('/') + 1);
  return vscode.Uri.joinPath(doc, '..', `${name.replace(/\.(md|markdown)$/i, '')}.html`);
}

/** The incident and its report, from the workspace index, so a report's chart shows its incident's updates. */
async function chartOf({ incidents, config }: Services, doc: PostmortemDocument, uri: vscode.Uri): Promise<{ incident: DocSummary; rcca?: DocSummary } | undefined> {
  const own = core().summarize(doc, uri.toString(), (await config.configFor(uri)).config);
  if (!own) return undefined;
  await incidents.scan();
  const others = [...incidents.values()].filter((s) => s.uri !== own.uri);
  if (own.kind === 'rcca') {
    const incident = own.incident ? others.find((s) => s.kind === 'incident' && s.id === own.incident) : undefined;
    return incident ? { incident, rcca: own } : { incident: own };
  }
  const rcca = own.id ? others.find((s) => s.kind === 'rcca' && s.incident === own.id) : undefined;
  return { incident: own, rcca };
}

async function exportReport(services: Services, arg: unknown): Promise<vscode.Uri | undefined> {
  const uri = uriFromArg(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(t('Open an incident document first.'));
    return undefined;
  }
  // The open document's text, unsaved edits included: what the user sees is what is exported.
  const textDocument = await vscode.workspace.openTextDocument(uri);
  const { doc } = await services.lints.parseDocument(textDocument);
  if (!doc.kind) {
    void vscode.window.showWarningMessage(t('This document is not an incident or a report (no `kind` in its front matter).'));
    return undefined;
  }
  const target = htmlTarget(uri);
  if (!(await mayWriteExport(target))) return undefined;
  const now = services.clock.now();
  const html = core().exportHtml(doc, { now, t, uri: uri.toString(), chart: await chartOf(services, doc, uri) });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  void vscode.window.showInformationMessage(t('Exported as {0}', vscode.workspace.asRelativePath(target)));
  return target;
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  const fail = (what: string) => (err: unknown) => {
    services.log.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    void vscode.window.showErrorMessage(t('{0} failed: {1}', what, String(err instanceof Error ? err.message : err)));
    return undefined;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('postmortem.copyUpdate', (args?: CopyUpdateArgs) =>
      copyUpdate(services, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : { uri: args as vscode.Uri | undefined })
        .catch(fail(t('Copy Update')))),
    vscode.commands.registerCommand('postmortem.exportHtml', (arg?: unknown) =>
      exportReport(services, arg).catch(fail(t('Export as HTML')))),
  );
}
