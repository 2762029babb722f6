// Helpers of the editor integration tests: a pinned clock, documents under editor-tests/, diagnostics of ours.
import * as vscode from 'vscode';
import { exampleUri, waitFor } from '../../helpers';

export const NOW = '2026-11-22T14:20:00Z';

export async function pinClock(at: string | number = NOW): Promise<void> {
  await vscode.commands.executeCommand('postmortem.setClock', at);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function waitForCodes(uri: vscode.Uri, until: (codes: string[]) => boolean, what: string, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => ours(uri), (ds) => until(ds.map(codeOf)), what, timeoutMs);
}

export async function write(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = exampleUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** An ongoing sev2 incident in English with no apology anywhere (PM001, which has a fix). */
export { default as NO_APOLOGY } from '../../fixtures/incident-no-apology.md';
