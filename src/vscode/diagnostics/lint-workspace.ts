// `Postmortem: Lint Workspace`: lints every Markdown file of the workspace (open ones from their editor text) with a
// cancellable progress notification.
import * as vscode from 'vscode';
import { core } from '../services/core';
import * as disk from '../services/disk';
import { listMarkdownFiles } from '../services/markdown-file-events';
import type { Services } from '../services/services';

const decoder = new TextDecoder();

/** Returns how many files it looked at. */
export async function lintWorkspace({ lints, config, clock, log }: Services): Promise<number> {
  const title = vscode.l10n.t('Linting postmortem documents');
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const files = await listMarkdownFiles(token);
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    let done = 0;
    let withFindings = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ increment: 100 / Math.max(1, files.length), message: vscode.workspace.asRelativePath(uri) });
      const doc = open.get(uri.toString());
      if (doc) {
        await lints.lintNow(doc);
      } else {
        try {
          const text = decoder.decode(await disk.readFile(uri));
          const { config: effective } = await config.configFor(uri);
          if (core().postmortemKind(text, uri.toString(), effective) === undefined) continue;
          const result = core().lint(text, { uri: uri.toString(), config: effective, now: clock.now() });
          lints.publish(uri, result.findings);
          if (result.findings.length > 0) withFindings++;
        } catch (e) {
          log.warn(`could not lint ${uri.toString()}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      done++;
    }
    log.info(`workspace lint: ${done} of ${files.length} Markdown files, ${withFindings} with findings`);
    return done;
  });
}
