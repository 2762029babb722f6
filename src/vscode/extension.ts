// Activation entry of both bundles (Node `main` and web `browser`). Deliberately thin: it builds the shared services
// and activates every feature folder with them. Features depend on the services, never on each other, so the list
// is in no particular order. A feature that throws while activating is logged and skipped; the others still work.
import type * as vscode from 'vscode';
import { createServices, type Activate } from './services/services';
import { activate as activateDiagnostics } from './diagnostics/index';
import { activate as activateCodeActions } from './code-actions/index';
import { activate as activateCommands } from './commands/index';
import { activate as activateStatusBar } from './status-bar/index';
import { activate as activateCodeLens } from './code-lens/index';
import { activate as activateTimeline } from './timeline/index';
import { activate as activateChart } from './chart/index';
import { activate as activatePublish } from './publish/index';
import { activate as activateWalkthrough } from './walkthrough/index';
import { createPreviewPlugin, type MarkdownItPlugin } from './preview/index';

/** 'node' or 'web': which bundle this is (set by esbuild.js). */
declare const __PM_BUNDLE__: string;

const features: ReadonlyArray<readonly [name: string, activate: Activate]> = [
  ['diagnostics', activateDiagnostics],
  ['code actions', activateCodeActions],
  ['commands', activateCommands],
  ['status bar', activateStatusBar],
  ['code lens', activateCodeLens],
  ['timeline', activateTimeline],
  ['chart', activateChart],
  ['publish', activatePublish],
  ['walkthrough', activateWalkthrough],
];

/** What activate() returns: the Markdown preview plugin (package.json `markdown.markdownItPlugins`). */
export interface PostmortemApi { extendMarkdownIt: MarkdownItPlugin }

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const started = Date.now();
  const services = createServices(context);
  for (const [name, activateFeature] of features) {
    try {
      await activateFeature(context, services);
    } catch (err) {
      services.log.error(`feature "${name}" failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  const bundle = typeof __PM_BUNDLE__ === 'string' ? __PM_BUNDLE__ : 'unbundled';
  services.log.info(`Postmortem Author ${String(context.extension.packageJSON.version)} active (${features.length} features, ${bundle} bundle) in ${Date.now() - started} ms`);
  return { extendMarkdownIt: createPreviewPlugin(services, context) };
}

export function deactivate(): void {
  // everything registered above is disposed through context.subscriptions
}
