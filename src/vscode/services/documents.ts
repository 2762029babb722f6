// VS Code documents and the core: which documents are postmortem documents, and the conversion of findings to
// diagnostics (code = rule id linking to its docs page). No state: linting itself is the LintResults service.
import * as vscode from 'vscode';
import type { Config, Finding, PostmortemKind, Range } from '../../core/index';
import { core } from './core';

export const SOURCE = 'postmortem';

/** Schemes whose documents are the writer's (not diff views, output channels or git history). */
const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'vscode-remote', 'memfs', 'vscode-userdata']);

/**
 * The core's one "is this a postmortem?" for an open document with its effective configuration: Markdown the writer
 * edits whose front matter declares a kind, or that `.postmortem.yaml` `documents` maps.
 */
export function postmortemKindOf(doc: vscode.TextDocument, config: Config | undefined): PostmortemKind | undefined {
  if (doc.languageId !== 'markdown' || !SCHEMES.has(doc.uri.scheme)) return undefined;
  // The front matter and the line after it are all the decision reads.
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, core().FRONT_MATTER_MAX_LINES + 2), 0));
  return core().postmortemKind(head, doc.uri.toString(), config);
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** The rule pages' URIs, parsed once each (a 1 MB document has thousands of findings, published on every edit). */
const docsUris = new Map<string, vscode.Uri>();

export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  let target = docsUris.get(f.docsUrl);
  if (!target) docsUris.set(f.docsUrl, target = vscode.Uri.parse(f.docsUrl));
  d.code = { value: f.ruleId, target };
  return d;
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  return c ? String(c.value) : undefined;
}

/** The finding a diagnostic came from (diagnostics handed back by VS Code are copies, so match by content). */
export function findingFor(findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const code = diagnosticCode(d);
  return findings.find((f) => f.ruleId === code && f.message === d.message && toRange(f.range).isEqual(d.range));
}
