// Reading the workspace's files. vscode.workspace.fs reads `file` URIs inside the Node extension host, but each call
// first asks the window ($ensureActivation: a round trip to the renderer, which is busy while a window opens): the
// index of 2,000 incidents spent 26 of its 39 s reading (a file and its folders' config each). Here the Node
// bundle reads `file` URIs with Node's fs, as VS Code's own disk provider would; every other scheme, and the web
// bundle (built without this branch), goes through vscode.workspace.fs. Read-only: writes stay with VS Code.
// The calls are synchronous under their promises: each of them takes microseconds on a local disk, and an await
// that waits on the thread pool hands the extension host's one thread to the other extensions in the meantime,
// which held it for seconds while a window opened (the first lint's configuration step, three stats of missing
// `.postmortem.yaml` and the core's load, took 0.6-2 s at load 22). Resolved promises continue in microtasks, first.
import * as vscode from 'vscode';

/** 'node' or 'web': which bundle this is (set by esbuild.js). */
declare const __PM_BUNDLE__: string;

type NodeFs = typeof import('node:fs');

let nodeFs: NodeFs | undefined;

function localFs(uri: vscode.Uri): NodeFs | undefined {
  if (uri.scheme !== 'file') return undefined;
  if (typeof __PM_BUNDLE__ !== 'undefined' && __PM_BUNDLE__ === 'node') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- kept out of the web bundle by the branch
    nodeFs ??= require('node:fs') as NodeFs;
    return nodeFs;
  }
  return undefined;
}

/** Node's error as the FileSystemError vscode.workspace.fs would have thrown (callers tell "not there" by it). */
function asFileSystemError(err: unknown, uri: vscode.Uri): unknown {
  switch ((err as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT': case 'ENOTDIR': return vscode.FileSystemError.FileNotFound(uri);
    case 'EISDIR': return vscode.FileSystemError.FileIsADirectory(uri);
    case 'EACCES': case 'EPERM': return vscode.FileSystemError.NoPermissions(uri);
    default: return err;
  }
}

export async function readFile(uri: vscode.Uri): Promise<Uint8Array> {
  const fs = localFs(uri);
  if (!fs) return vscode.workspace.fs.readFile(uri);
  try {
    return fs.readFileSync(uri.fsPath);
  } catch (err) {
    throw asFileSystemError(err, uri);
  }
}

export async function stat(uri: vscode.Uri): Promise<{ type: vscode.FileType }> {
  const fs = localFs(uri);
  if (!fs) return vscode.workspace.fs.stat(uri);
  try {
    const link = fs.lstatSync(uri.fsPath);
    if (!link.isSymbolicLink()) return { type: typeOf(link) };
    try {
      return { type: typeOf(fs.statSync(uri.fsPath)) | vscode.FileType.SymbolicLink };
    } catch {
      return { type: vscode.FileType.SymbolicLink | vscode.FileType.Unknown };   // a link to nothing
    }
  } catch (err) {
    throw asFileSystemError(err, uri);
  }
}

/** The entries of a folder with their types; a symbolic link is its target's type plus SymbolicLink. */
export async function readDirectory(uri: vscode.Uri): Promise<Array<[string, vscode.FileType]>> {
  const fs = localFs(uri);
  if (!fs) return vscode.workspace.fs.readDirectory(uri);
  let entries: Array<import('node:fs').Dirent>;
  try {
    entries = fs.readdirSync(uri.fsPath, { withFileTypes: true });
  } catch (err) {
    throw asFileSystemError(err, uri);
  }
  return Promise.all(entries.map(async (e): Promise<[string, vscode.FileType]> => {
    if (!e.isSymbolicLink()) return [e.name, typeOf(e)];
    return [e.name, (await stat(vscode.Uri.joinPath(uri, e.name))).type];
  }));
}

function typeOf(s: { isFile(): boolean; isDirectory(): boolean }): vscode.FileType {
  return s.isFile() ? vscode.FileType.File : s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
}
