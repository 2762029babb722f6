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
import { activate as activateImport } from './import/index';
import { activate as activatePublish } from './publish/index';
import { activate as activateWalkthrough } from './walkthrough/index';
import { createPreviewPlugin, type MarkdownItPlugin } from './preview/index';
import { mark, startTrace } from './services/startup-trace';
import { takeEarlyServices, warmUpSoon } from './services/warm-up';

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
  ['import', activateImport],
  ['publish', activatePublish],
  ['walkthrough', activateWalkthrough],
];

// Evaluated while VS Code loads the code: the warm-up (first lint, first problems) runs in a task of its own, while
// VS Code prepares activate().
warmUpSoon();

/** What activate() returns: the Markdown preview plugin (package.json `markdown.markdownItPlugins`). */
export interface PostmortemApi { extendMarkdownIt: MarkdownItPlugin }

export async function activate(context: vscode.ExtensionContext): Promise<PostmortemApi> {
  const started = Date.now();
  startTrace(context.extension.id);
  // VS Code's activation time counts this call up to its first await (plus loading the code): the first microtask
  // queued here runs right then.
  let callMs: number | undefined;
  queueMicrotask(() => { callMs = Date.now() - started; });
  // Built by the warm-up when it ran first (its first problems may be out already), else now.
  const early = takeEarlyServices();
  if (early) context.subscriptions.push(...early.subscriptions);
  const services = early?.services ?? createServices(context);
  services.lints.activated();
  const spent: string[] = [];
  for (const [name, activateFeature] of features) {
    try {
      const t = Date.now();
      const done = activateFeature(context, services);
      spent.push(`${name} ${Date.now() - t}`);
      await done;
    } catch (err) {
      services.log.error(`feature "${name}" failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  mark('every feature started');
  const bundle = typeof __PM_BUNDLE__ === 'string' ? __PM_BUNDLE__ : 'unbundled';
  const loading = codeLoadingMs(context.extension.id);
  const before = codeLoadedJustBefore(context.extension.id);
  // A line of its own, before the "active" line (Output shows the end of the log: that line stays in view).
  if (before.length) services.log.info(`code loaded by other extensions right before ours, in VS Code's activation figure for us when activated by the same event: ${before.map(([id, ms]) => `${id} ${ms} ms`).join(', ')}`);
  services.log.info(`Postmortem Author ${String(context.extension.packageJSON.version)} active (${features.length} features, ${bundle} bundle): `
    + `${loading === undefined ? '' : `loading its code took ${loading} ms, `}activate() returned after ${callMs ?? '?'} ms, every feature started after ${Date.now() - started} ms (each feature's activate() call, ms: ${spent.join(', ')})`);
  return { extendMarkdownIt: createPreviewPlugin(services, context) };
}

/**
 * How long the extension host took to require() our bundle, from the performance marks it sets around that call
 * (VS Code's activation figure also counts what runs before it in the same "code loading" span: other extensions
 * activated by the same event load their code there). Undefined where the marks cannot be read.
 */
function codeLoadingMs(id: string): number | undefined {
  const marks = hostMarks();
  const at = (name: string) => marks?.find((m) => m.name === `code/extHost/${name}/${id}`)?.startTime;
  const will = at('willLoadExtensionCode');
  const did = at('didLoadExtensionCode');
  return will !== undefined && did !== undefined ? Math.round(did - will) : undefined;
}

function hostMarks(): Array<{ name: string; startTime: number }> | undefined {
  return (globalThis as { MonacoPerformanceMarks?: { getMarks?: () => Array<{ name: string; startTime: number }> } })
    .MonacoPerformanceMarks?.getMarks?.();
}

/**
 * Other extensions whose code the extension host loaded in the second before it loaded ours, with how long each took
 * (their will/didLoadExtensionCode marks): VS Code starts the clock of every extension activated by one event before
 * loading any of them, so these count in the activation figure it shows for us.
 */
function codeLoadedJustBefore(id: string): Array<[string, number]> {
  const marks = hostMarks() ?? [];
  const ours = marks.find((m) => m.name === `code/extHost/willLoadExtensionCode/${id}`)?.startTime;
  if (ours === undefined) return [];
  const found: Array<[string, number]> = [];
  for (const will of marks) {
    const other = will.name.startsWith('code/extHost/willLoadExtensionCode/') ? will.name.slice('code/extHost/willLoadExtensionCode/'.length) : undefined;
    if (!other || other === id || will.startTime > ours || will.startTime < ours - 1000) continue;
    const did = marks.find((m) => m.name === `code/extHost/didLoadExtensionCode/${other}`);
    if (did && did.startTime <= ours) found.push([other, Math.round(did.startTime - will.startTime)]);
  }
  return found;
}

export function deactivate(): void {
  // everything registered above is disposed through context.subscriptions
}
