// Command arguments of the commands that act on one document (chart, publish): what a context menu, a test or the
// palette passes.
import * as vscode from 'vscode';

/** A command argument from a tree row (`{ uri }`), a URI, or nothing (the active editor's document). */
export function uriFromArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const inner = (arg as { uri?: unknown } | undefined)?.uri;
  if (inner instanceof vscode.Uri) return inner;
  if (typeof inner === 'string') return vscode.Uri.parse(inner);
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  return vscode.window.activeTextEditor?.document.uri;
}
