// The latest lint results of the open documents, published as diagnostics: lint now or after a delay, drop results
// of an older document version, clear. The diagnostics feature decides when to lint; code actions, the status bar
// and CodeLens read the results and listen to onDidLint.
import * as vscode from 'vscode';
import type { Config, Finding, LintResult, PostmortemDocument, PostmortemKind } from '../../core/index';
import { core, coreLoadMs } from './core';
import type { Clock } from './clock';
import { postmortemKindOf, toDiagnostic, SOURCE } from './documents';
import type { Log } from './log';
import { mark, startupTrace } from './startup-trace';
import { isGone } from './markdown-file-events';
import type { DocumentConfig, WorkspaceConfig } from './workspace-config';

/** After this long, typing no longer postpones the lint: a fast typist still sees results. */
const MAX_WAIT_MS = 2000;

/**
 * Wall-clock times (Date.now()) of a document's latest lint, for the internal command `postmortem._lintTimes` (the
 * editor bench splits keystroke → squiggle with them). `edited`: the last edit before a delayed lint, as the change
 * event reached us; `requested`: the lint started (its timer fired); `configured`: its configuration read;
 * `linted`: the core's lint returned; `handed`: the diagnostics handed to VS Code; `notified`: onDidLint's listeners
 * (index, status bar, CodeLens, preview) returned.
 */
export interface LintTimes {
  uri: string;
  version: number;
  findings: number;
  delay?: number;
  edited?: number;
  requested: number;
  configured?: number;
  linted?: number;
  handed?: number;
  notified?: number;
}

export interface DocumentLint {
  result: LintResult;
  config: DocumentConfig;
  version: number;
}

export class LintResults implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  /** Latest findings per open postmortem document URI (by version), with the configuration they were linted with. */
  private readonly latest = new Map<string, { version: number; findings: Finding[]; config: Config }>();
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  /** Who waits for the delayed lint due for a document (afterDueLint). */
  private readonly dueLintWaiters = new Map<string, Array<() => void>>();
  /** The latest lint's times per document (a handful of numbers; dropped with the document's results). */
  private readonly times = new Map<string, LintTimes>();
  /** Config files we published problems on, per document that pointed at them. */
  private readonly configProblemFiles = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.Uri>();
  private disposed = false;
  /** Lints running now, and who waits for them all to end (settled()). */
  private running = 0;
  private settledWaiters: Array<() => void> = [];
  /** When the service was made (activation, or the warm-up before it), until the first findings are published. */
  private firstPublishFrom: number | undefined = Date.now();
  /** Whether activate() has run; the start-up lines of a first publish before it wait for it (its marks and id). */
  private isActivated = false;
  private startupLines: (() => void) | undefined;
  /** Versions being linted now, per document. */
  private readonly inFlight = new Map<string, number>();
  /** Fires after a document's diagnostics were updated, or dropped because it is no postmortem document any more. */
  readonly onDidLint = this.linted.event;

  constructor(private readonly config: WorkspaceConfig, private readonly clock: Clock, private readonly log: Log) {}

  /** Whether, and as what, a document is a postmortem document (its front matter, or `.postmortem.yaml` `documents`). */
  async kindOf(doc: vscode.TextDocument): Promise<PostmortemKind | undefined> {
    return postmortemKindOf(doc, (await this.config.configFor(doc.uri)).config);
  }

  /** The configuration an open postmortem document was last linted with (for the preview, which cannot wait). */
  configOf(uri: vscode.Uri): Config | undefined {
    return this.latest.get(uri.toString())?.config;
  }

  /** Lints a document with its effective configuration and the clock, without publishing. */
  async lintDocument(doc: vscode.TextDocument, known?: DocumentConfig): Promise<DocumentLint> {
    const config = known ?? await this.config.configFor(doc.uri);
    const version = doc.version;
    const result = core().lint(doc.getText(), { uri: doc.uri.toString(), version, config: config.config, now: this.clock.now() });
    return { result, config, version };
  }

  /** The parsed model of an open document (cached by version in the core). */
  async parseDocument(doc: vscode.TextDocument): Promise<{ doc: PostmortemDocument; config: DocumentConfig }> {
    const config = await this.config.configFor(doc.uri);
    return { doc: core().parseCached(doc.getText(), { uri: doc.uri.toString(), version: doc.version, config: config.config }).doc, config };
  }

  /**
   * The findings of the document as it is now: the published ones if current, else a fresh lint. While a lint of
   * the document is due (the writer typed), that lint runs now and publishes: asked for quick fixes in between, a
   * large document was otherwise linted twice per edit (here, then again by the timer).
   */
  async findingsOf(doc: vscode.TextDocument): Promise<Finding[]> {
    const key = doc.uri.toString();
    const cached = this.latest.get(key);
    if (cached && cached.version === doc.version) return cached.findings;
    if (this.timers.has(key)) {
      await this.lintNow(doc);
      const fresh = this.latest.get(key);
      if (fresh && fresh.version === doc.version) return fresh.findings;
    }
    return (await this.lintDocument(doc)).result.findings;
  }

  /** Whether findings were published for this document (it may have stopped being a postmortem since). */
  has(uri: vscode.Uri): boolean {
    return this.latest.has(uri.toString());
  }

  /**
   * Resolves when no lint is running: after the lints started so far (on activation, the open documents', which go
   * first; features activated after the caller have started theirs by the next macrotask).
   */
  async settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.running > 0) await new Promise<void>((resolve) => this.settledWaiters.push(resolve));
  }

  /**
   * Resolves once the delayed lint due for this document (the writer typed) has run, at once when none is due. For
   * what reads the document's parse on VS Code's request while the writer types (CodeLens, asked about 250 ms after
   * an edit): asked before the lint, it parsed the new version itself, a full parse of a 1 MB document on the thread
   * the lint's timer needs; after the lint the parse is the lint's (cached by version). Not what made that timer
   * fire 120-250 ms late on the 1 MB incident: without the built-in Markdown extension it fires on time.
   */
  async afterDueLint(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (!this.timers.has(key)) return;
    await new Promise<void>((resolve) => {
      const waiting = this.dueLintWaiters.get(key);
      if (waiting) waiting.push(resolve);
      else this.dueLintWaiters.set(key, [resolve]);
    });
  }

  private releaseDueLintWaiters(key?: string): void {
    for (const [k, waiting] of [...this.dueLintWaiters]) {
      if (key !== undefined && k !== key) continue;
      this.dueLintWaiters.delete(k);
      for (const resolve of waiting) resolve();
    }
  }

  /** Called by activate(): writes the start-up lines if the first findings were published before it. */
  activated(): void {
    this.isActivated = true;
    this.startupLines?.();
    this.startupLines = undefined;
  }

  /** Lints now unless this version was linted already or is being linted (activation after the warm-up's lint). */
  async lintIfStale(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (this.inFlight.get(key) === doc.version || (this.latest.get(key)?.version === doc.version && !this.timers.has(key))) return;
    await this.lintNow(doc);
  }

  /** The times of a document's latest lint (see LintTimes). */
  timesOf(uri: vscode.Uri): LintTimes | undefined {
    return this.times.get(uri.toString());
  }

  /** Lints a document now and publishes its findings (a pending delayed lint is dropped). */
  async lintNow(doc: vscode.TextDocument, edit?: { edited: number; delay: number }): Promise<void> {
    mark('first lint requested');
    this.running++;
    try {
      await this.lintAndPublish(doc, edit);
    } finally {
      this.releaseDueLintWaiters(doc.uri.toString());
      if (--this.running === 0) for (const resolve of this.settledWaiters.splice(0)) resolve();
    }
  }

  private async lintAndPublish(doc: vscode.TextDocument, edit?: { edited: number; delay: number }): Promise<void> {
    const key = doc.uri.toString();
    this.cancelPending(key);
    if (this.disposed) return;
    const started = Date.now();
    const times: LintTimes = { uri: key, version: doc.version, findings: 0, requested: started, ...edit };
    this.inFlight.set(key, doc.version);
    try {
      const known = await this.config.configFor(doc.uri);
      const configured = Date.now();
      times.configured = configured;
      if (this.firstPublishFrom !== undefined) mark('its configuration read', configured);
      if (doc.isClosed || this.disposed) return;
      // From here on nothing awaits: the kind, the findings and the version are of one text.
      if (postmortemKindOf(doc, known.config) === undefined) {
        this.collection.delete(doc.uri);
        // no longer a postmortem document: who showed its results (the index, CodeLens, status bar) hears it too
        this.times.delete(key);
        if (this.latest.delete(key)) this.linted.fire(doc.uri);
        return;
      }
      const linting = Date.now();
      const { result, config, version } = await this.lintDocument(doc, known);
      const linted = Date.now();
      times.linted = linted;
      times.findings = result.findings.length;
      this.collection.set(doc.uri, result.findings.map(toDiagnostic));
      times.handed = Date.now();
      this.times.set(key, times);
      if (this.firstPublishFrom !== undefined) { mark('linted', linted); mark('first problems handed to VS Code'); }
      this.latest.set(key, { version, findings: result.findings, config: config.config });
      if (this.firstPublishFrom !== undefined) {
        const first = `first findings published ${Date.now() - this.firstPublishFrom} ms after the services started${this.isActivated ? '' : ' (before activate(), by the warm-up)'} (${result.findings.length} on ${key}): `
          + `configuration ${configured - started} ms, lint ${linted - linting} ms, publishing ${Date.now() - linted} ms; loading the core, on the way, took ${coreLoadMs() ?? '?'} ms`;
        this.startupLines = () => {
          this.log.info(first);
          this.log.info(`start-up: ${startupTrace()}`);
        };
        if (this.isActivated) this.activated();
        this.firstPublishFrom = undefined;
      }
      for (const e of result.errors ?? []) this.log.error(`rule ${e.ruleId} (${e.ruleName}) failed on ${key}: ${e.stack ?? e.message}`);
      this.publishConfigProblems(config);
      this.linted.fire(doc.uri);
      times.notified = Date.now();
    } catch (e) {
      this.log.error(`lint of ${key} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    } finally {
      if (this.inFlight.get(key) === doc.version) this.inFlight.delete(key);
    }
  }

  /** Lints after `delay` ms, unless more edits come; never later than MAX_WAIT_MS after the first of them. */
  lintLater(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    const edited = Date.now();
    const since = pending?.since ?? edited;
    if (pending) clearTimeout(pending.timer);
    const wait = Math.max(0, Math.min(delay, since + MAX_WAIT_MS - edited));
    this.timers.set(key, { timer: setTimeout(() => void this.lintNow(doc, { edited, delay: wait }), wait), since });
  }

  /** Publishes findings of a file that is not open (workspace lint). */
  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    if (!this.disposed) this.collection.set(uri, findings.map(toDiagnostic));
  }

  /** Forgets a closed document: its parse, and its problems (a config file keeps them while documents use it). */
  closed(uri: vscode.Uri): void {
    core().parseCache.clear(uri.toString());
    this.times.delete(uri.toString());
    if (!this.configProblemFiles.has(uri.toString())) this.clear(uri);
  }

  /** A config file changed or went: its old problems go; the documents re-lint and publish new ones. */
  configChanged(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.configProblemFiles.delete(uri.toString());
  }

  /** Clears the problems of deleted files, and of every file under a deleted folder. */
  clearDeleted(gone: ReadonlySet<string>): void {
    const known = new Map<string, vscode.Uri>();
    this.collection.forEach((u) => { known.set(u.toString(), u); });
    for (const key of [...this.latest.keys(), ...this.timers.keys()]) if (!known.has(key)) known.set(key, vscode.Uri.parse(key));
    for (const [key, uri] of known) if (isGone(key, gone)) this.clear(uri);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelPending(key);
    this.releaseDueLintWaiters(key);
    this.latest.delete(key);
    this.times.delete(key);
    this.collection.delete(uri);
  }

  private cancelPending(key: string): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    this.timers.delete(key);
  }

  private publishConfigProblems({ resolved, folder }: DocumentConfig): void {
    if (!resolved || !folder) return;
    for (const path of resolved.files) {
      const uri = folder.uri.with({ path });
      const problems = resolved.problems.find((p) => p.path === path)?.problems ?? [];
      this.collection.set(uri, problems.map(toDiagnostic));
      this.configProblemFiles.add(uri.toString());
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    this.releaseDueLintWaiters();
    this.latest.clear();
    this.times.clear();
    this.collection.dispose();
    this.linted.dispose();
  }
}
