// Effective configuration of a document: the nearest `.postmortem.yaml` (core ConfigResolver, one per workspace
// folder, files read through vscode.workspace.fs so it also works on the web) merged over the `postmortem.*`
// settings. Config files are watched: a change invalidates the cache and fires onDidChange (diagnostics re-lint).
import * as vscode from 'vscode';
import type { Config, ConfigResolver, ResolvedConfig } from '../../core/index';
import { core } from './core';
import * as disk from './disk';
import type { Log } from './log';
import type { MarkdownFileEvents } from './markdown-file-events';
import { settings, uiLang } from './settings';
import { pathInside } from './workspace-paths';

const decoder = new TextDecoder();

export interface DocumentConfig {
  config: Config;
  /** The nearest config file, as a URI. */
  file?: vscode.Uri;
  resolved?: ResolvedConfig;
  folder?: vscode.WorkspaceFolder;
}

export class WorkspaceConfig implements vscode.Disposable {
  private readonly resolvers = new Map<string, ConfigResolver>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[];
  /** Refusals already shown to the user (they would otherwise repeat on every use). */
  private readonly warned = new Set<string>();
  private watching = false;
  /** A config file changed (its URI), or the settings did (undefined). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log, files: MarkdownFileEvents) {
    const invalidate = (uri: vscode.Uri) => this.invalidate(uri);
    // A deleted folder is one event for the folder, never for the config files in it: forget those, so the folder
    // coming back (a branch switch) is read afresh. Whatever they configured went with the folder: nothing to re-lint.
    const forgetDeletedFolders = (gone: ReadonlySet<string>) => {
      for (const key of gone) {
        if (key.endsWith('.md')) continue; // a deleted document holds no config file
        const path = vscode.Uri.parse(key).path;
        for (const r of this.resolvers.values()) r.invalidateUnder(path);
      }
    };
    this.disposables = [
      this.changed,
      files.onDidDelete(forgetDeletedFolders),
      // unsaved edits do not count, but a save is seen even where the watcher is slow (web file systems)
      vscode.workspace.onDidSaveTextDocument((d) => { if (d.uri.path.endsWith(`/${core().CONFIG_FILE_NAME}`)) invalidate(d.uri); }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postmortem')) {
          this.resolvers.clear();
          this.changed.fire(undefined);
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.resolvers.clear()),
    ];
  }

  private invalidate(uri: vscode.Uri): void {
    for (const r of this.resolvers.values()) r.invalidate(uri.path);
    this.changed.fire(uri);
  }

  /**
   * Config files are watched from the first read of one on (the first lint, just after activation): before it
   * nothing was read that could be stale, and the core, which names the file, is not loaded yet.
   */
  private watchConfigFiles(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${core().CONFIG_FILE_NAME}`);
    const invalidate = (uri: vscode.Uri) => this.invalidate(uri);
    this.disposables.push(watcher, watcher.onDidChange(invalidate), watcher.onDidCreate(invalidate), watcher.onDidDelete(invalidate));
  }

  /** The effective configuration for a resource (a document, or a folder for new files). Never throws. */
  async configFor(uri: vscode.Uri, isFolder = false): Promise<DocumentConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const base = settings(uri).config;
    if (!folder || folder.uri.scheme !== uri.scheme) return { config: base, folder };
    try {
      const path = isFolder ? core().configPaths.join(uri.path, '__new__.md') : uri.path;
      const resolved = await this.resolverFor(folder).resolve(path, base);
      return { config: resolved.config, file: resolved.file ? folder.uri.with({ path: resolved.file }) : undefined, resolved, folder };
    } catch (e) {
      this.log.error(`configuration of ${uri.toString()} failed: ${e instanceof Error ? e.message : String(e)}`);
      return { config: base, folder };
    }
  }

  /**
   * Template folder as a URI (a relative `templates` is relative to the workspace folder); undefined without one, or
   * when it points outside the workspace folder (refused, with the reason, as a warning).
   */
  templatesUri(doc: DocumentConfig): vscode.Uri | undefined {
    const t = doc.config.templates;
    if (!t) return undefined;
    if (!doc.folder) return undefined;   // no workspace folder: nothing a path could safely be relative to
    const inside = pathInside(doc.folder, t, 'templates');
    if ('uri' in inside) return inside.uri;
    this.reportRefused(inside.refused);
    return undefined;
  }

  /** Logs a refusal, and tells the user once per message. */
  private reportRefused(message: string): void {
    this.log.warn(message);
    if (this.warned.has(message)) return;
    this.warned.add(message);
    void vscode.window.showWarningMessage(message);
  }

  private resolverFor(folder: vscode.WorkspaceFolder): ConfigResolver {
    const key = folder.uri.toString();
    let r = this.resolvers.get(key);
    if (!r) {
      this.watchConfigFiles();
      r = new (core().ConfigResolver)(
        {
          async readFile(path: string) {
            const uri = folder.uri.with({ path });
            try {
              // Regular files only, like the CLI: a named pipe or a device reached by `extends` never ends.
              if ((await disk.stat(uri)).type & vscode.FileType.File) return decoder.decode(await disk.readFile(uri));
              return undefined;
            } catch {
              return undefined;
            }
          },
        },
        { workspaceRoot: folder.uri.path, lang: uiLang() },
      );
      this.resolvers.set(key, r);
    }
    return r;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.resolvers.clear();
  }
}
