// Quick fixes for postmortem diagnostics: the rule's own fix (preferred), "disable this rule for this line", "open
// the rule's documentation"; and `source.fixAll.postmortem` for the whole document (editor.codeActionsOnSave).
import * as vscode from 'vscode';
import type { TextEdit } from '../../core/index';
import { core } from '../services/core';
import { diagnosticCode, findingFor, SOURCE, toRange } from '../services/documents';
import type { Services } from '../services/services';
import { FixAll } from './fix-all';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(SOURCE);

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uri, toRange(e.range), e.newText);
  return we;
}

class PostmortemCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly services: Services, private readonly fixes: FixAll) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if ((await this.services.lints.kindOf(doc)) === undefined) return [];
    const actions: vscode.CodeAction[] = [];
    const wantsFixAll = context.only && (FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND));
    if (wantsFixAll) {
      const fixed = await this.fixAllAction(doc);
      if (fixed) actions.push(fixed);
      if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return actions;
    }
    const ours = context.diagnostics.filter((d) => d.source === SOURCE);
    if (ours.length === 0) return actions;
    const findings = await this.services.lints.findingsOf(doc);
    if (token.isCancellationRequested) return [];
    const disabledRules = new Set<string>();
    for (const d of ours) {
      const finding = findingFor(findings, d);
      const code = diagnosticCode(d) ?? '';
      const rule = core().findRule(finding?.ruleName ?? code);
      if (finding?.fix && finding.fix.edits.length > 0) {
        const a = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = workspaceEdit(doc.uri, finding.fix.edits);
        a.diagnostics = [d];
        a.isPreferred = true;
        actions.push(a);
      }
      const name = finding?.ruleName ?? rule?.name;
      if (name && name !== 'config') {
        const key = `${name}@${d.range.start.line}`;
        if (!disabledRules.has(key)) {
          disabledRules.add(key);
          const { edit, scope } = core().disableRuleEdit(doc.getText(), d.range.start.line, name);
          const title = scope === 'line'
            ? vscode.l10n.t('Disable {0} for this line', name)
            : vscode.l10n.t('Disable {0} for this file', name);
          const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          a.edit = workspaceEdit(doc.uri, [edit]);
          a.diagnostics = [d];
          actions.push(a);
        }
      }
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      if (target && name) {
        const a = new vscode.CodeAction(vscode.l10n.t('Open documentation of {0} ({1})', name, code), vscode.CodeActionKind.QuickFix);
        a.command = { command: 'postmortem.openRuleDocs', title: a.title, arguments: [target.toString()] };
        a.diagnostics = [d];
        actions.push(a);
      }
    }
    return actions;
  }

  private async fixAllAction(doc: vscode.TextDocument): Promise<vscode.CodeAction | undefined> {
    const fixes = await this.fixes.compute(doc);
    if (!fixes || fixes === 'changed') return undefined;   // changed meanwhile: VS Code asks again for the new text
    const a = new vscode.CodeAction(vscode.l10n.t('Fix all postmortem problems'), FIX_ALL_KIND);
    a.edit = fixes.edit;
    return a;
  }
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  const fixes = new FixAll(services);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new PostmortemCodeActions(services, fixes), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand('postmortem.openRuleDocs', (url: string) => vscode.env.openExternal(vscode.Uri.parse(url))),
    vscode.commands.registerCommand('postmortem.fixAll', (uri?: vscode.Uri) => fixes.run(uri)),
  );
}
