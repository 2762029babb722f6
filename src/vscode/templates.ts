// Loads a template: the workspace's templates folder (config `templates`: <folder>/<lang>/<name>.md, then
// <folder>/<name>.md) wins over the templates the extension ships (templates/<lang>/<name>.md, then English).
// Templates are plain text with `{{placeholders}}`: reading one never runs anything.
import * as vscode from 'vscode';
import { type Lang, type TemplateName } from '../core/index';
import { templatesUri, type DocumentConfig } from './workspaceConfig';

let extensionUri: vscode.Uri | undefined;
const decoder = new TextDecoder();

export function registerTemplates(context: vscode.ExtensionContext): void {
  extensionUri = context.extensionUri;
}

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export interface LoadedTemplate { text: string; uri: vscode.Uri; fromWorkspace: boolean }

export async function loadTemplate(name: TemplateName, lang: Lang, config: DocumentConfig): Promise<LoadedTemplate> {
  const file = `${name}.md`;
  const team = templatesUri(config);
  if (team) {
    for (const uri of [vscode.Uri.joinPath(team, lang, file), vscode.Uri.joinPath(team, file)]) {
      const text = await read(uri);
      if (text !== undefined) return { text, uri, fromWorkspace: true };
    }
  }
  if (!extensionUri) throw new Error('templates are not registered yet');
  for (const l of lang === 'en' ? ['en'] : [lang, 'en']) {
    const uri = vscode.Uri.joinPath(extensionUri, 'templates', l, file);
    const text = await read(uri);
    if (text !== undefined) return { text, uri, fromWorkspace: false };
  }
  throw new Error(`template ${name}.md is missing from the extension`);
}
