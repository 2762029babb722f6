// Live diagnostics: lint on open, as you type (debounced, with a maximum wait so a fast typist still sees results)
// and on save, each as configured; results of an older document version are dropped. Cleared when a document
// closes or its file is deleted; re-run when a `.postmortem.yaml` or a setting changes. `Postmortem: Lint
// Workspace` lints every Markdown file with a progress notification. Problems of config files are shown on them.
import * as vscode from 'vscode';
import type { Finding } from '../core/index';
import { isCandidate, isMappedDocument, lintTextDocument, looksLikePostmortem, toDiagnostic, SOURCE } from './linting';
import { isPostmortemFile, lint } from '../core/index';
import { clock } from './clock';
import { configFor } from './workspaceConfig';
import { onDidChangeConfig } from './workspaceConfig';
import { settings } from './settings';
import { EXCLUDED_FOLDERS, isGone, MARKDOWN_GLOB, watchMarkdownFiles } from './markdownFileEvents';
import { log } from './output';

const MAX_WAIT_MS = 2000;

/** Latest findings per document URI (by version), for code actions, CodeLens and tests. */
export const latest = new Map<string, { version: number; findings: Finding[] }>();
const linted = new vscode.EventEmitter<vscode.Uri>();
/** Fires after a document's diagnostics were updated. */
export const onDidLint = linted.event;

let collection: vscode.DiagnosticCollection | undefined;
const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
/** Config files we published problems on, per document that pointed at them. */
const configProblemFiles = new Set<string>();

export async function lintNow(doc: vscode.TextDocument): Promise<void> {
  const key = doc.uri.toString();
  const pending = timers.get(key);
  if (pending) {
    clearTimeout(pending.timer);
    timers.delete(key);
  }
  if (!collection) return;
  if (!isCandidate(doc) && !(await isMappedDocument(doc))) {
    collection?.delete(doc.uri);
    latest.delete(key);
    return;
  }
  try {
    const { result, config, version } = await lintTextDocument(doc);
    // stale: the document changed or closed while the configuration was being read
    if (doc.isClosed || doc.version !== version || !collection) return;
    collection.set(doc.uri, result.findings.map(toDiagnostic));
    latest.set(key, { version, findings: result.findings });
    for (const e of result.errors ?? []) log().error(`rule ${e.ruleId} (${e.ruleName}) failed on ${key}: ${e.stack ?? e.message}`);
    publishConfigProblems(config.resolved, config.folder);
    linted.fire(doc.uri);
  } catch (e) {
    log().error(`lint of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

function publishConfigProblems(resolved: Awaited<ReturnType<typeof configFor>>['resolved'], folder?: vscode.WorkspaceFolder): void {
  if (!resolved || !folder || !collection) return;
  for (const path of resolved.files) {
    const uri = folder.uri.with({ path });
    const problems = resolved.problems.find((p) => p.path === path)?.problems ?? [];
    collection.set(uri, problems.map(toDiagnostic));
    configProblemFiles.add(uri.toString());
  }
}

function schedule(doc: vscode.TextDocument): void {
  const key = doc.uri.toString();
  const s = settings(doc.uri);
  const pending = timers.get(key);
  const since = pending?.since ?? Date.now();
  if (pending) clearTimeout(pending.timer);
  const wait = Math.max(0, Math.min(s.lintDelay, since + MAX_WAIT_MS - Date.now()));
  timers.set(key, { timer: setTimeout(() => void lintNow(doc), wait), since });
}

function clear(uri: vscode.Uri): void {
  const key = uri.toString();
  const pending = timers.get(key);
  if (pending) clearTimeout(pending.timer);
  timers.delete(key);
  latest.delete(key);
  collection?.delete(uri);
}

/** Clears the problems of deleted files, and of every file under a deleted folder. */
function clearDeleted(gone: ReadonlySet<string>): void {
  const known = new Map<string, vscode.Uri>();
  collection?.forEach((u) => { known.set(u.toString(), u); });
  for (const key of [...latest.keys(), ...timers.keys()]) if (!known.has(key)) known.set(key, vscode.Uri.parse(key));
  for (const [key, uri] of known) if (isGone(key, gone)) clear(uri);
}

function relintOpen(): void {
  // Every Markdown document: a config change may map one without front matter (`documents`).
  for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'markdown' || latest.has(doc.uri.toString())) void lintNow(doc);
}

const decoder = new TextDecoder();

/** Lints every Markdown file of the workspace (open ones from their editor text), with a cancellable progress. */
export async function lintWorkspace(): Promise<number> {
  const title = vscode.l10n.t('Linting postmortem documents');
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const files = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDED_FOLDERS, undefined, token);
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    let done = 0;
    let withFindings = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ increment: 100 / Math.max(1, files.length), message: vscode.workspace.asRelativePath(uri) });
      const doc = open.get(uri.toString());
      if (doc) {
        await lintNow(doc);
      } else {
        try {
          const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
          const { config } = await configFor(uri);
          if (!isPostmortemFile(looksLikePostmortem(text.slice(0, 8000)), uri.toString(), config)) continue;
          const result = lint(text, { uri: uri.toString(), config, now: clock.now() });
          collection?.set(uri, result.findings.map(toDiagnostic));
          if (result.findings.length > 0) withFindings++;
        } catch (e) {
          log().warn(`could not lint ${uri.toString()}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      done++;
    }
    log().info(`workspace lint: ${done} of ${files.length} Markdown files, ${withFindings} with findings`);
    return done;
  });
}

export function registerDiagnostics(context: vscode.ExtensionContext): void {
  collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const files = watchMarkdownFiles();
  context.subscriptions.push(
    collection,
    linted,
    files,
    { dispose: () => { for (const t of timers.values()) clearTimeout(t.timer); timers.clear(); latest.clear(); collection = undefined; } },
    vscode.workspace.onDidOpenTextDocument((d) => void lintNow(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      if (settings(e.document.uri).lintOnType) schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (settings(d.uri).lintOnSave) void lintNow(d);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      // a config file keeps its problems while documents use it
      if (!configProblemFiles.has(d.uri.toString())) clear(d.uri);
    }),
    vscode.workspace.onDidDeleteFiles((e) => clearDeleted(new Set(e.files.map((u) => u.toString())))),
    files.onDidDelete(clearDeleted),
    onDidChangeConfig((uri) => {
      if (uri) {
        // a deleted or fixed config file: its old problems go, the documents re-lint and publish new ones
        collection?.delete(uri);
        configProblemFiles.delete(uri.toString());
      }
      relintOpen();
    }),
    clock.onDidChange(relintOpen),
    vscode.commands.registerCommand('postmortem.lintWorkspace', lintWorkspace),
  );
  relintOpen();
}
