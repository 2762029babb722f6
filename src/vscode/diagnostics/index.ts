// Live diagnostics: lint on open, as you type (debounced, with a maximum wait so a fast typist still sees results)
// and on save, each as configured; results of an older document version are dropped. Cleared when a document
// closes or its file is deleted; re-run when a `.postmortem.yaml`, a setting or the clock changes. The results
// themselves live in the LintResults service.
import * as vscode from 'vscode';
import type { Services } from '../services/services';
import { settings } from '../services/settings';
import { lintWorkspace } from './lint-workspace';
import { registerMemoryCommand } from './memory';
import { registerLintTimesCommand } from './lint-times';

export function activate(context: vscode.ExtensionContext, services: Services): void {
  const { lints, config, clock, markdownFiles } = services;
  // Every Markdown document: a config change may map one without front matter (`documents`).
  const relintOpen = () => {
    for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'markdown' || lints.has(doc.uri)) void lints.lintNow(doc);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void lints.lintNow(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const s = settings(e.document.uri);
      if (s.lintOnType) lints.lintLater(e.document, s.lintDelay);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (settings(d.uri).lintOnSave) void lints.lintNow(d);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => lints.closed(d.uri)),
    vscode.workspace.onDidDeleteFiles((e) => lints.clearDeleted(new Set(e.files.map((u) => u.toString())))),
    markdownFiles.onDidDelete((gone) => lints.clearDeleted(gone)),
    config.onDidChange((uri) => {
      if (uri) lints.configChanged(uri);
      relintOpen();
    }),
    clock.onDidChange(relintOpen),
    vscode.commands.registerCommand('postmortem.lintWorkspace', () => lintWorkspace(services)),
    registerMemoryCommand(services.log),
    registerLintTimesCommand(lints, services.log),
  );
  // Right after activate() returns (a microtask: before any other event): the first lint loads the core, which is
  // no part of what activation itself needs (VS Code counts code loading and the activate() call). What the warm-up
  // linted already (the same version, before activate(): services/warm-up.ts) is not linted again.
  queueMicrotask(() => {
    for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'markdown' || lints.has(doc.uri)) void lints.lintIfStale(doc);
  });
}
