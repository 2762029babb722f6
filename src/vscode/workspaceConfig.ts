// Effective configuration of a document: the nearest `.postmortem.yaml` (core ConfigResolver, one per workspace
// folder, files read through vscode.workspace.fs so it also works on the web) merged over the `postmortem.*`
// settings. Config files are watched: a change invalidates the cache and fires onDidChange (diagnostics re-lint).
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, ConfigResolver, configPaths, type Config, type ResolvedConfig } from '../core/index';
import { settings, uiLang } from './settings';
import { watchMarkdownFiles } from './markdownFileEvents';
import { log } from './output';
import { pathInside, reportRefused } from './workspace-paths';

const decoder = new TextDecoder();
const resolvers = new Map<string, ConfigResolver>();
const changed = new vscode.EventEmitter<vscode.Uri | undefined>();

export const onDidChangeConfig = changed.event;

function resolverFor(folder: vscode.WorkspaceFolder): ConfigResolver {
  const key = folder.uri.toString();
  let r = resolvers.get(key);
  if (!r) {
    r = new ConfigResolver(
      {
        async readFile(path: string) {
          try {
            return decoder.decode(await vscode.workspace.fs.readFile(folder.uri.with({ path })));
          } catch {
            return undefined;
          }
        },
      },
      { workspaceRoot: folder.uri.path, lang: uiLang() },
    );
    resolvers.set(key, r);
  }
  return r;
}

export interface DocumentConfig {
  config: Config;
  /** The nearest config file, as a URI. */
  file?: vscode.Uri;
  resolved?: ResolvedConfig;
  folder?: vscode.WorkspaceFolder;
}

/**
 * Template folder as a URI (a relative `templates` is relative to the workspace folder); undefined without one, or
 * when it points outside the workspace folder (refused, with the reason, as a warning).
 */
export function templatesUri(doc: DocumentConfig): vscode.Uri | undefined {
  const t = doc.config.templates;
  if (!t) return undefined;
  if (!doc.folder) return undefined;   // no workspace folder: nothing a path could safely be relative to
  const inside = pathInside(doc.folder, t, 'templates');
  if ('uri' in inside) return inside.uri;
  reportRefused(inside.refused);
  return undefined;
}

/** The effective configuration for a resource (a document, or a folder for new files). Never throws. */
export async function configFor(uri: vscode.Uri, isFolder = false): Promise<DocumentConfig> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const base = settings(uri).config;
  if (!folder || folder.uri.scheme !== uri.scheme) return { config: base, folder };
  try {
    const path = isFolder ? configPaths.join(uri.path, '__new__.md') : uri.path;
    const resolved = await resolverFor(folder).resolve(path, base);
    return { config: resolved.config, file: resolved.file ? folder.uri.with({ path: resolved.file }) : undefined, resolved, folder };
  } catch (e) {
    log().error(`configuration of ${uri.toString()} failed: ${e instanceof Error ? e.message : String(e)}`);
    return { config: base, folder };
  }
}

export function registerWorkspaceConfig(context: vscode.ExtensionContext): void {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const invalidate = (uri: vscode.Uri) => {
    for (const r of resolvers.values()) r.invalidate(uri.path);
    changed.fire(uri);
  };
  // A deleted folder is one event for the folder, never for the config files in it: forget those, so the folder
  // coming back (a branch switch) is read afresh. Whatever they configured went with the folder: nothing to re-lint.
  const files = watchMarkdownFiles();
  const forgetDeletedFolders = (gone: ReadonlySet<string>) => {
    for (const key of gone) {
      if (key.endsWith('.md')) continue; // a deleted document holds no config file
      const path = vscode.Uri.parse(key).path;
      for (const r of resolvers.values()) r.invalidateUnder(path);
    }
  };
  context.subscriptions.push(
    changed,
    watcher,
    files,
    files.onDidDelete(forgetDeletedFolders),
    watcher.onDidChange(invalidate),
    watcher.onDidCreate(invalidate),
    watcher.onDidDelete(invalidate),
    // unsaved edits do not count, but a save is seen even where the watcher is slow (web file systems)
    vscode.workspace.onDidSaveTextDocument((d) => { if (d.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) invalidate(d.uri); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('postmortem')) {
        resolvers.clear();
        changed.fire(undefined);
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => resolvers.clear()),
    { dispose: () => resolvers.clear() },
  );
}
