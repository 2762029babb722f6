// Activation entry of both bundles (Node `main` and web `browser`). Deliberately thin: every feature lives in its
// own adapter file in src/vscode/ and is wired here with ONE import line and ONE entry in `features`.
// A feature that throws while registering is logged and skipped; the others still work.
import * as vscode from 'vscode';
import { log, registerOutput } from './output';
// ── feature adapters: one import per feature ─────────────────────────────────────────
import { registerTimeline } from './timelineView';
import { registerEditorFeatures } from './editorFeatures';
import { extendMarkdownIt } from './preview';

/** 'node' or 'web': which bundle this is (set by esbuild.js). */
declare const __PM_BUNDLE__: string;

type Register = (context: vscode.ExtensionContext) => void | Promise<void>;

const features: ReadonlyArray<readonly [name: string, register: Register]> = [
  // ── one entry per feature, e.g. ['diagnostics', registerDiagnostics], ────────────────
  ['timeline', registerTimeline],
  ...registerEditorFeatures,
];

/** What activate() returns: the Markdown preview plugin (package.json `markdown.markdownItPlugins`). */
export interface PostmortemApi { extendMarkdownIt: typeof extendMarkdownIt }

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  registerOutput(context);
  for (const [name, register] of features) {
    try {
      await register(context);
    } catch (err) {
      log().error(`feature "${name}" failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  log().info(`Postmortem Author ${String(context.extension.packageJSON.version)} active (${features.length} features, ${typeof __PM_BUNDLE__ === 'string' ? __PM_BUNDLE__ : 'unbundled'} bundle)`);
  return { extendMarkdownIt };
}

export function deactivate(): void {
  // everything registered above is disposed through context.subscriptions
}
