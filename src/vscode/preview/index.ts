// Contributes the preview plugin to VS Code's built-in Markdown preview (`markdown.markdownItPlugins` in
// package.json; activate() returns `{ extendMarkdownIt }`). The editor's clock is read at render time; the document
// rendered (`env.currentDocument`) is decided with the configuration it was linted with, so a document that
// `.postmortem.yaml` maps without front matter gets its banner too.
import * as vscode from 'vscode';
import { core, type Core } from '../services/core';
import type { Services } from '../services/services';

type Md = Parameters<Core['postmortemPreview']>[0];
export type MarkdownItPlugin = (md: Md) => Md;

/** The rendered document's URI (a Uri of the Markdown extension's API object: checked by shape, not by class). */
function currentDocument(env: unknown): vscode.Uri | undefined {
  const uri = (env as { currentDocument?: { scheme?: unknown } } | undefined)?.currentDocument;
  return uri && typeof uri.scheme === 'string' ? vscode.Uri.parse(String(uri)) : undefined;
}

export function createPreviewPlugin({ clock, lints }: Pick<Services, 'clock' | 'lints'>, context: vscode.ExtensionContext): MarkdownItPlugin {
  // Documents rendered before their first lint knew their configuration: render those again once it does.
  const renderedUnknown = new Set<string>();
  context.subscriptions.push(
    lints.onDidLint((uri) => {
      if (renderedUnknown.delete(uri.toString())) void vscode.commands.executeCommand('markdown.preview.refresh');
    }),
    vscode.workspace.onDidCloseTextDocument((d) => renderedUnknown.delete(d.uri.toString())),
  );
  return (md) => md.use(core().postmortemPreview, {
    now: () => clock.now(),
    t: (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args),
    documentOf: (env: unknown) => {
      const uri = currentDocument(env);
      if (!uri) return undefined;
      const config = lints.configOf(uri);
      if (!config) renderedUnknown.add(uri.toString());
      return { uri: uri.toString(), config };
    },
  });
}
