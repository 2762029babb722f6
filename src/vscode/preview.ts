// Contributes the preview plugin to VS Code's built-in Markdown preview (`markdown.markdownItPlugins` in
// package.json; activate() returns `{ extendMarkdownIt }`). The real clock is read here, at render time.
import * as vscode from 'vscode';
import { postmortemPreview } from '../core/preview/plugin';

type Md = Parameters<typeof postmortemPreview>[0];

export function extendMarkdownIt(md: Md): Md {
  return md.use(postmortemPreview, {
    now: () => Date.now(),
    t: (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args),
  });
}
