// Contributes the preview plugin to VS Code's built-in Markdown preview (`markdown.markdownItPlugins` in
// package.json; activate() returns `{ extendMarkdownIt }`). The editor's clock is read at render time.
import * as vscode from 'vscode';
import { postmortemPreview } from '../../core/index';
import type { Services } from '../services/services';

type Md = Parameters<typeof postmortemPreview>[0];
export type MarkdownItPlugin = (md: Md) => Md;

export function createPreviewPlugin({ clock }: Pick<Services, 'clock'>): MarkdownItPlugin {
  return (md) => md.use(postmortemPreview, {
    now: () => clock.now(),
    t: (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args),
  });
}
