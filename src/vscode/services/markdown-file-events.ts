// Markdown files appearing, changing and disappearing in the workspace, folders included. VS Code reports a folder
// that arrives or leaves at once (a git checkout or pull, an unzip, `rm -rf`) as one event for the folder, and its
// recursive watcher never looks inside a directory created before it was watched: a `**/*.md` watcher alone misses
// every Markdown file in it. So a second, path-only watcher turns new folders into the Markdown files they hold, and
// reports deleted folders as such. No Node API: the web extension host uses it too.
import * as vscode from 'vscode';
import * as disk from './disk';

export const MARKDOWN_GLOB = '**/*.md';
/** Folders never worth reading: dependencies, version control, build output. */
const EXCLUDED_NAMES: readonly string[] = ['node_modules', '.git', 'dist', 'out'];
export const EXCLUDED_FOLDERS = `{${EXCLUDED_NAMES.map((n) => `**/${n}/**`).join(',')}}`;
const EXCLUDED_SEGMENT = new RegExp(`/(?:${EXCLUDED_NAMES.map((n) => n.replace(/\./g, '\\.')).join('|')})(?:/|$)`);
const FOLDER_DEBOUNCE_MS = 200;
const STAT_BATCH = 32;
/** Folders read at once while listing the workspace. */
const WALK_BATCH = 32;

export interface MarkdownFileEvents extends vscode.Disposable {
  /** A Markdown file was created, directly or inside a new folder. */
  readonly onDidCreate: vscode.Event<vscode.Uri>;
  readonly onDidChange: vscode.Event<vscode.Uri>;
  /**
   * Markdown files or whole folders were deleted (one batch per burst of events, as `uri.toString()`): whatever was
   * known at or under one of them is gone. Test with `isGone`.
   */
  readonly onDidDelete: vscode.Event<ReadonlySet<string>>;
}

/** Whether `key` (a `uri.toString()`) is one of the deleted URIs or lies under one of them. */
export function isGone(key: string, gone: ReadonlySet<string>): boolean {
  return gone.has(key) || hasAncestorIn(key, gone);
}

function hasAncestorIn(key: string, keys: ReadonlySet<string>): boolean {
  for (let i = key.lastIndexOf('/'); i > 0; i = key.lastIndexOf('/', i - 1)) if (keys.has(key.slice(0, i))) return true;
  return false;
}

const isMarkdown = (uri: vscode.Uri) => uri.path.toLowerCase().endsWith('.md');

/**
 * Every Markdown file of the workspace: what findFiles(MARKDOWN_GLOB, EXCLUDED_FOLDERS) lists. Folders on a local
 * disk (`file`) are walked (services/disk): findFiles asks the window, which asks a search process, and that round
 * trip was most of the index's time (360 of 402 ms for the example workspace's two documents on a loaded machine).
 * Symbolic links to folders are not followed (a link to an ancestor would never end). Other schemes (virtual
 * workspaces) use findFiles.
 */
export async function listMarkdownFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  if (roots.some((f) => f.uri.scheme !== 'file')) return vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED_FOLDERS, undefined, token);
  const found = new Map<string, vscode.Uri>();   // nested workspace folders list a file once
  let level = roots.map((f) => f.uri);
  while (level.length > 0 && !token?.isCancellationRequested) {
    const next: vscode.Uri[] = [];
    for (let i = 0; i < level.length; i += WALK_BATCH) {
      const dirs = level.slice(i, i + WALK_BATCH);
      const listed = await Promise.all(dirs.map((d) => disk.readDirectory(d).then(undefined, () => [] as Array<[string, vscode.FileType]>)));
      dirs.forEach((dir, k) => {
        for (const [name, type] of listed[k]) {
          const uri = vscode.Uri.joinPath(dir, name);
          if (type & vscode.FileType.Directory) {
            if (!(type & vscode.FileType.SymbolicLink) && !EXCLUDED_NAMES.includes(name)) next.push(uri);
          } else if (type & vscode.FileType.File && name.endsWith('.md')) {   // as the glob: `.MD` is not listed
            found.set(uri.toString(), uri);
          }
        }
      });
    }
    level = next;
  }
  return [...found.values()];
}

/** The workspace's Markdown file events: one pair of watchers, shared by every feature through the services. */
export function createMarkdownFileEvents(): MarkdownFileEvents {
  const created = new vscode.EventEmitter<vscode.Uri>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const deleted = new vscode.EventEmitter<ReadonlySet<string>>();
  const files = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
  // Creations and deletions of any path, to catch folders; changes of non-Markdown files are of no interest.
  const paths = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  // VS Code delivers a batch of file events synchronously: gather the deletions of one batch into one event.
  let gone: Set<string> | undefined;
  const onDeleted = (uri: vscode.Uri) => {
    if (!gone) {
      gone = new Set();
      queueMicrotask(() => { const batch = gone!; gone = undefined; if (!disposed) deleted.fire(batch); });
    }
    gone.add(uri.toString());
  };

  // Creations come in bursts (a checkout writes many files): collect them, then look only at the new folders.
  const flush = async () => {
    timer = undefined;
    // A new tree arrives as an event per path in it: only its top folder needs a look (findFiles covers the rest).
    const uris = [...pending].filter((key) => !hasAncestorIn(key, pending)).map((key) => vscode.Uri.parse(key));
    pending.clear();
    const folders: vscode.Uri[] = [];
    for (let i = 0; i < uris.length && !disposed; i += STAT_BATCH) {
      for (const u of await Promise.all(uris.slice(i, i + STAT_BATCH).map(asFolder))) if (u) folders.push(u);
    }
    // One search per workspace folder for all the new folders of a burst (a build may make hundreds of folders, and
    // each search is a process of its own on the desktop).
    for (const pattern of searchPatterns(folders)) {
      if (disposed) return;
      const inside = await vscode.workspace.findFiles(pattern, EXCLUDED_FOLDERS);
      if (!disposed) inside.forEach((u) => created.fire(u));
    }
  };

  const disposables: vscode.Disposable[] = [
    created, changed, deleted, files, paths,
    files.onDidCreate((u) => created.fire(u)),
    files.onDidChange((u) => changed.fire(u)),
    files.onDidDelete(onDeleted),
    paths.onDidCreate((u) => {
      if (isMarkdown(u) || EXCLUDED_SEGMENT.test(u.path)) return;
      pending.add(u.toString());
      timer ??= setTimeout(() => void flush(), FOLDER_DEBOUNCE_MS);
    }),
    paths.onDidDelete((u) => { if (!isMarkdown(u) && !EXCLUDED_SEGMENT.test(u.path)) onDeleted(u); }),
  ];

  return {
    onDidCreate: created.event,
    onDidChange: changed.event,
    onDidDelete: deleted.event,
    dispose: () => {
      disposed = true;
      if (timer) clearTimeout(timer);
      for (const d of disposables) d.dispose();
    },
  };
}

const GLOB_SPECIAL = /[{}[\]*?,!]/;
const FOLDERS_PER_PATTERN = 50;

/**
 * Patterns that find the Markdown files under `folders`: `{a,b/c}` followed by the Markdown glob, per workspace
 * folder; one pattern per folder whose name a glob cannot spell, or that lies outside the workspace.
 */
function searchPatterns(folders: readonly vscode.Uri[]): vscode.RelativePattern[] {
  const patterns: vscode.RelativePattern[] = [];
  const byRoot = new Map<vscode.WorkspaceFolder, string[]>();
  for (const folder of folders) {
    const root = vscode.workspace.getWorkspaceFolder(folder);
    const rel = root ? folder.path.slice(root.uri.path.replace(/\/$/, '').length + 1) : '';
    if (!root || !rel || GLOB_SPECIAL.test(rel)) {
      patterns.push(new vscode.RelativePattern(folder, MARKDOWN_GLOB));
      continue;
    }
    const list = byRoot.get(root) ?? [];
    list.push(rel);
    byRoot.set(root, list);
  }
  for (const [root, rels] of byRoot) {
    for (let i = 0; i < rels.length; i += FOLDERS_PER_PATTERN) {
      const chunk = rels.slice(i, i + FOLDERS_PER_PATTERN);
      const base = chunk.length === 1 ? chunk[0] : `{${chunk.join(',')}}`;
      patterns.push(new vscode.RelativePattern(root, `${base}/${MARKDOWN_GLOB}`));
    }
  }
  return patterns;
}

async function asFolder(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  try {
    const stat = await disk.stat(uri);
    return stat.type & vscode.FileType.Directory ? uri : undefined;
  } catch {
    return undefined; // gone again already
  }
}
