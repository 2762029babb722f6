// The shared state of the editor features, built once in activate() and handed to every feature's
// activate(context, services): features depend on these, never on each other, so they start in any order.
import type * as vscode from 'vscode';
import { createClock, type Clock } from './clock';
import { IncidentIndex } from './incident-index';
import { LintResults } from './lint-results';
import { createLog, type Log } from './log';
import { createMarkdownFileEvents, type MarkdownFileEvents } from './markdown-file-events';
import { WorkspaceConfig } from './workspace-config';

export interface Services {
  /** Output > Postmortem Author. */
  readonly log: Log;
  /** Real time, or pinned by `postmortem.setClock` (tests, demos). */
  readonly clock: Clock;
  /** Markdown files created, changed and deleted in the workspace, folders included. */
  readonly markdownFiles: MarkdownFileEvents;
  /** The effective configuration of a document (`.postmortem.yaml` over the settings). */
  readonly config: WorkspaceConfig;
  /** The latest lint results of the open documents, published as diagnostics. */
  readonly lints: LintResults;
  /** The workspace's incidents and reports (filled by the timeline view's scan). */
  readonly incidents: IncidentIndex;
}

/**
 * Builds the services; each is disposed with `context.subscriptions` (the extension's, or a list activate() takes
 * over when the warm-up built them before it: warm-up.ts). Cheap: watchers and empty caches, no file read.
 */
export function createServices(context: Pick<vscode.ExtensionContext, 'subscriptions'>): Services {
  const log = createLog(context);
  const clock = createClock(context);
  const markdownFiles = createMarkdownFileEvents();
  const config = new WorkspaceConfig(log, markdownFiles);
  const lints = new LintResults(config, clock, log);
  const incidents = new IncidentIndex(markdownFiles, config, lints, log);
  context.subscriptions.push(incidents, lints, config, markdownFiles);
  return { log, clock, markdownFiles, config, lints, incidents };
}

/** What every feature folder exports. */
export type Activate = (context: vscode.ExtensionContext, services: Services) => void | Promise<void>;
