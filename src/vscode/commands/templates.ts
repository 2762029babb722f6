// Loads a template: the workspace's templates folder (config `templates`: <folder>/<lang>/<name>.md, then
// <folder>/<name>.md) wins over the templates the extension ships (templates/<lang>/<name>.md, then English).
// Templates are plain text with `{{placeholders}}`: reading one never runs anything.
import * as vscode from 'vscode';
import type { Lang, TemplateName } from '../../core/index';
import type { DocumentConfig, WorkspaceConfig } from '../services/workspace-config';

const decoder = new TextDecoder();

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export interface LoadedTemplate { text: string; uri: vscode.Uri; fromWorkspace: boolean }

export class Templates {
  constructor(private readonly extensionUri: vscode.Uri, private readonly config: WorkspaceConfig) {}

  async load(name: TemplateName, lang: Lang, config: DocumentConfig): Promise<LoadedTemplate> {
    const file = `${name}.md`;
    const team = this.config.templatesUri(config);
    if (team) {
      for (const uri of [vscode.Uri.joinPath(team, lang, file), vscode.Uri.joinPath(team, file)]) {
        const text = await read(uri);
        if (text !== undefined) return { text, uri, fromWorkspace: true };
      }
    }
    for (const l of lang === 'en' ? ['en'] : [lang, 'en']) {
      const uri = vscode.Uri.joinPath(this.extensionUri, 'templates', l, file);
      const text = await read(uri);
      if (text !== undefined) return { text, uri, fromWorkspace: false };
    }
    throw new Error(`template ${name}.md is missing from the extension`);
  }
}
