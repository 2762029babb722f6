// Helpers for tests that run inside VS Code (node and web extension hosts). No Node API here: the web suite uses
// it too. The workspace is a temporary copy of examples/.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'postmortem-author.postmortem-author';
export const EXAMPLE_INCIDENT = 'incidents/2026-11-22-card-payments/incident.md';
export const EXAMPLE_REPORT = 'incidents/2026-11-22-card-payments/rcca.md';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until `until(value)` holds; fails with `what` after `timeoutMs`. Returns the last value. */
export async function waitFor<T>(
  probe: () => T | Thenable<T>,
  until: (value: T) => boolean = (v) => Boolean(v),
  what = 'condition',
  timeoutMs = 10000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!until(value)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
    value = await probe();
  }
  return value;
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

/** Activates the extension (if VS Code has not already) and returns it. */
export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = extension();
  if (!ext.isActive) await ext.activate();
  return ext;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the runner opens a copy of examples/)');
  return folder.uri;
}

/** A URI inside the example workspace, e.g. exampleUri('incidents/…/incident.md'). */
export function exampleUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a workspace file in an editor and returns its document. */
export async function openExample(relativePath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(exampleUri(relativePath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Writes a new file into the workspace (creating folders) and opens it. */
export async function createDocument(relativePath: string, text: string): Promise<vscode.TextDocument> {
  const uri = exampleUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Closes every editor (between tests that must not see each other's documents). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Waits until VS Code's file watcher reports changes in `folder` (relative to the workspace root; created if needed).
 * The workbench starts its workspace watcher some time after the extension host. And its recursive watcher (parcel,
 * inotify on Linux) starts watching a new directory only when it sees it appear, without looking inside: a
 * `mkdir -p a/b` can create `b` before `a` is watched, and `b` then stays unwatched for good. So missing folders are
 * created one level at a time, each proved watched by a probe file inside it before the next one is made.
 */
export async function watcherReady(folder = '', timeoutMs = 30000): Promise<void> {
  const levels = folder.split('/').filter(Boolean);
  let dir = workspaceRoot();
  let existing = true;
  for (const name of levels) {
    dir = vscode.Uri.joinPath(dir, name);
    existing = existing && (await isDirectory(dir));
    if (existing) continue;
    await vscode.workspace.fs.createDirectory(dir); // one level: its parent exists and is watched
    await probeWatcher(dir, timeoutMs);
  }
  if (existing) await probeWatcher(dir, timeoutMs);
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** Writes a probe file into `dir` until the workspace watcher reports it. */
async function probeWatcher(dir: vscode.Uri, timeoutMs: number): Promise<void> {
  const probe = vscode.Uri.joinPath(dir, `.pm-watch-probe-${Date.now()}.txt`);
  const watcher = vscode.workspace.createFileSystemWatcher('**/.pm-watch-probe-*'); // a plain glob, as the extension's watchers use
  let seen = false;
  const mark = (u: vscode.Uri) => { if (u.toString() === probe.toString()) seen = true; };
  watcher.onDidCreate(mark);
  watcher.onDidChange(mark);
  try {
    const deadline = Date.now() + timeoutMs;
    for (let i = 0; !seen; i++) {
      if (Date.now() > deadline) throw new Error(`the workspace file watcher reported nothing in ${vscode.workspace.asRelativePath(dir)} within ${timeoutMs} ms`);
      await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode(String(i)));
      await sleep(250);
    }
  } finally {
    watcher.dispose();
    await vscode.workspace.fs.delete(probe).then(undefined, () => undefined);
  }
}

/**
 * Writes a file and waits until the file watcher has reported it, so a delete that follows is not merged with the
 * create into no event at all (VS Code coalesces a create and a delete of the same file within one batch).
 */
export async function writeAndWatch(uri: vscode.Uri, text: string, timeoutMs = 15000): Promise<void> {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${uri.path.split('/').pop()!}`);
  let seen = false;
  const markIfOurs = (u: vscode.Uri) => { if (u.toString() === uri.toString()) seen = true; };
  watcher.onDidCreate(markIfOurs);
  watcher.onDidChange(markIfOurs);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await waitFor(() => seen, Boolean, `the file watcher to report ${uri.path}`, timeoutMs);
  } finally {
    watcher.dispose();
  }
}

/**
 * Code actions at a range, asked again until `until` holds (at most 5 times). VS Code cancels such a request when the
 * document changes meanwhile, and then either throws Canceled or silently drops the answer of the provider it
 * cancelled, keeping the other providers' actions.
 */
export async function codeActions(
  uri: vscode.Uri, range: vscode.Range, until: (actions: vscode.CodeAction[]) => boolean, kind?: string,
): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind) ?? [];
      if (until(actions)) break;
    } catch (e) {
      if (!/Canceled/.test(String(e))) throw e;
    }
    await sleep(200);
  }
  return actions;
}
