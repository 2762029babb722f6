// The workspace's incidents and reports, kept current: a scan on first use (with progress, in time slices so the
// editor stays responsive), a file watcher and the text of open editors (debounced), so the tree and the chart always
// show what the writer sees. An open document's summary comes from the parse its lint made of the same version (the
// core's per-version cache): one parse per edit. Works in the web extension host too: files are read through
// services/disk (vscode.workspace.fs on the web).
import * as vscode from 'vscode';
import type { DocSummary, Config } from '../../core/index';
import { core } from './core';
import * as disk from './disk';
import type { LintResults } from './lint-results';
import type { Log } from './log';
import { isGone, listMarkdownFiles, type MarkdownFileEvents } from './markdown-file-events';
import { settings } from './settings';
import { TimeSlices } from './time-slices';
import type { WorkspaceConfig } from './workspace-config';

const decoder = new TextDecoder();
const EDIT_DEBOUNCE_MS = 300;
const FILE_DEBOUNCE_MS = 200;
const CHANGE_DEBOUNCE_MS = 100;
/** While the scan runs, the view is told of new incidents at most this often. */
const SCAN_FIRE_MS = 1000;
/** Files read at once during the scan (reading waits on the disk; parsing them is sliced). */
const BATCH = 64;

export class IncidentIndex implements vscode.Disposable {
  private readonly docs = new Map<string, DocSummary>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Files and folders deleted on disk (as `uri.toString()`), until something is created there again. VS Code keeps a
   * closed editor's text for a while, and a lint of it may still come in: that text must not bring a deleted
   * incident back into the view.
   */
  private readonly deleted = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private scanning: Promise<void> | undefined;
  private readonly slices = new TimeSlices();
  /** Files seen and total during the scan (for the view's message). */
  progress = { done: 0, total: 0, ready: false, ms: 0 };

  readonly onDidChange = this.emitter.event;

  constructor(files: MarkdownFileEvents, private readonly config: WorkspaceConfig, lints: LintResults, private readonly log: Log) {
    this.disposables.push(
      files.onDidCreate((u) => {
        this.undelete(u);
        this.schedule(u, FILE_DEBOUNCE_MS, () => this.readFile(u));
      }),
      files.onDidChange((u) => {
        // An open editor is the source of truth while it is open; saving it triggers this too.
        if (!this.openDocument(u)) this.schedule(u, FILE_DEBOUNCE_MS, () => this.readFile(u));
      }),
      files.onDidDelete((gone) => this.remove(gone)),
      // While the diagnostics lint as the writer types, the index reads an edited document when its lint is out,
      // from that lint's parse (below): no timer and no parse of its own per edit, which on a large document ran
      // beside the lint's. Without lint on type, it reads the document after the same delay the lint would wait.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId !== 'markdown' || !e.contentChanges.length) return;
        const s = settings(e.document.uri);
        if (!s.lintOnType) this.schedule(e.document.uri, Math.max(EDIT_DEBOUNCE_MS, s.lintDelay), () => this.readDocument(e.document));
      }),
      lints.onDidLint((uri) => {
        const doc = this.openDocument(uri);
        if (doc) this.schedule(uri, 0, () => this.readDocument(doc));
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === 'markdown') this.schedule(d.uri, EDIT_DEBOUNCE_MS, () => this.readDocument(d));
      }),
      // Closed without saving: the file on disk is what remains.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.languageId === 'markdown' && d.uri.scheme !== 'untitled') this.schedule(d.uri, FILE_DEBOUNCE_MS, () => this.readFile(d.uri));
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.scanning = undefined; void this.scan(); }),
      // A `.postmortem.yaml` changed: cadences or deadlines may have too. Re-read what we know (no new listing).
      config.onDidChange(() => { for (const key of [...this.docs.keys()]) { const u = vscode.Uri.parse(key); this.schedule(u, FILE_DEBOUNCE_MS, () => this.readFile(u)); } }),
    );
  }

  /**
   * The digest of a postmortem document with its effective configuration (cadence, report hours, time zone). With a
   * `version` (an open document) the parse is the one its lint made or will reuse.
   */
  async summaryOf(text: string, uri: vscode.Uri, version?: number): Promise<DocSummary | undefined> {
    let config: Config | undefined;
    try { config = (await this.config.configFor(uri)).config; } catch { /* defaults */ }
    return this.digest(text, uri, config, version);
  }

  private digest(text: string, uri: vscode.Uri, config: Config | undefined, version?: number): DocSummary | undefined {
    const key = uri.toString();
    if (core().postmortemKind(text, key, config) === undefined) return undefined;
    const doc = version === undefined ? core().parseDocument(text, { uri: key, config }) : core().parseCached(text, { uri: key, version, config }).doc;
    return core().summarize(doc, key, config);
  }

  /** Indexes the documents open in editors (their lint has just parsed them: no parse of its own). */
  async readOpenDocuments(): Promise<void> {
    for (const d of vscode.workspace.textDocuments) if (d.languageId === 'markdown') await this.readDocument(d);
  }

  values(): Iterable<DocSummary> { return this.docs.values(); }
  get(uri: vscode.Uri | string): DocSummary | undefined { return this.docs.get(uri.toString()); }
  get size(): number { return this.docs.size; }

  /** Indexes every Markdown file of the workspace once (later calls wait for the same scan). */
  scan(): Promise<void> {
    this.scanning ??= this.doScan();
    return this.scanning;
  }

  /** Lists and reads the workspace again (the view's Refresh): drops what is no longer there, e.g. files changed
   * where no watcher sees them. */
  rescan(): Promise<void> {
    this.scanning = this.doScan(true);
    return this.scanning;
  }

  private async doScan(prune = false): Promise<void> {
    const started = Date.now();
    this.progress = { done: 0, total: 0, ready: false, ms: 0 };
    /** Where the scan's time went (for the log): listing, reading (with the configuration), parsing. */
    const spent = { list: 0, read: 0, parse: 0, yielded: 0 };
    // The configuration of the files of one folder is one (the nearest .postmortem.yaml over the folder's settings):
    // looked up once per folder during the scan instead of per file (three settings reads and two merges each).
    const folderConfigs = new Map<string, Promise<Config | undefined>>();
    let lastFire = 0;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing incidents') },
      async (progress) => {
        let t = Date.now();
        const files = await listMarkdownFiles();
        spent.list = Date.now() - t;
        if (prune) {
          const listed = new Set(files.map((u) => u.toString()));
          for (const d of vscode.workspace.textDocuments) listed.add(d.uri.toString());
          for (const key of [...this.docs.keys()]) if (!listed.has(key)) this.docs.delete(key);
        }
        this.progress.total = files.length;
        for (let i = 0; i < files.length; i += BATCH) {
          // Read a batch at once (waiting on the disk), then parse one file at a time in time slices.
          t = Date.now();
          const read = await Promise.all(files.slice(i, i + BATCH).map((u) => this.readForScan(u, folderConfigs)));
          spent.read += Date.now() - t;
          for (const r of read) {
            if (!r) continue;
            t = Date.now();
            await this.slices.turn();
            spent.yielded += Date.now() - t;
            t = Date.now();
            this.set(r.uri, this.digest(r.text, r.uri, r.config), false);
            spent.parse += Date.now() - t;
          }
          this.progress.done = Math.min(files.length, i + BATCH);
          progress.report({ message: `${this.progress.done}/${files.length}`, increment: (BATCH / files.length) * 100 });
          // The tree fills in while the scan goes on, once a second: each refresh lists every incident indexed so far
          // (a refresh per batch redrew the tree 30 times for 2,000 incidents).
          if (Date.now() - lastFire >= SCAN_FIRE_MS) {
            lastFire = Date.now();
            this.fireSoon();
          }
        }
        for (const d of vscode.workspace.textDocuments) if (d.languageId === 'markdown') await this.readDocument(d, false);
      },
    );
    this.progress.ready = true;
    this.progress.ms = Date.now() - started;
    this.log.info(`timeline: indexed ${this.progress.total} Markdown files, ${this.docs.size} incidents and reports, in ${this.progress.ms} ms (listing ${spent.list} ms, reading ${spent.read} ms, parsing ${spent.parse} ms, other work between the slices ${spent.yielded} ms)`);
    this.fireSoon();
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private schedule(uri: vscode.Uri, ms: number, run: () => unknown): void {
    const key = uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void run(); }, ms));
  }

  private set(uri: vscode.Uri, summary: DocSummary | undefined, fire: boolean): void {
    const key = uri.toString();
    const had = this.docs.has(key);
    if (summary) this.docs.set(key, summary);
    else this.docs.delete(key);
    if (fire && (summary || had)) this.fireSoon();
  }

  private async readDocument(doc: vscode.TextDocument, fire = true): Promise<void> {
    if (doc.isClosed || (doc.uri.scheme === 'file' && isGone(doc.uri.toString(), this.deleted))) return;
    try {
      const version = doc.version;
      const summary = await this.summaryOf(doc.getText(), doc.uri, version);
      if (doc.version === version) this.set(doc.uri, summary, fire); // a newer edit has its own read scheduled
    } catch (err) {
      this.log.warn(`timeline: could not read ${doc.uri.toString()}: ${String(err)}`);
    }
  }

  /** A file's text and configuration for the scan, which parses it in a time slice (undefined: done or gone). */
  private async readForScan(uri: vscode.Uri, folderConfigs: Map<string, Promise<Config | undefined>>): Promise<{ uri: vscode.Uri; text: string; config: Config | undefined } | undefined> {
    const open = this.openDocument(uri);
    if (open) {
      await this.readDocument(open, false);
      return undefined;
    }
    try {
      const text = decoder.decode(await disk.readFile(uri));
      const folder = uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/') + 1) }).toString();
      let config = folderConfigs.get(folder);
      if (!config) {
        config = this.config.configFor(uri).then((c) => c.config, () => undefined);
        folderConfigs.set(folder, config);
      }
      return { uri, text, config: await config };
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError)) this.log.warn(`timeline: could not read ${uri.toString()}: ${String(err)}`);
      this.set(uri, undefined, false);
      return undefined;
    }
  }

  private async readFile(uri: vscode.Uri, fire = true): Promise<void> {
    const open = this.openDocument(uri);
    if (open) return this.readDocument(open, fire);
    try {
      const bytes = await disk.readFile(uri);
      this.set(uri, await this.summaryOf(decoder.decode(bytes), uri), fire);
    } catch (err) {
      // Deleted between listing and reading, or unreadable: drop it rather than show stale data.
      if (!(err instanceof vscode.FileSystemError)) this.log.warn(`timeline: could not read ${uri.toString()}: ${String(err)}`);
      this.set(uri, undefined, fire);
    }
  }

  /** Drops what was deleted: files, and everything under a deleted folder. */
  private remove(gone: ReadonlySet<string>): void {
    for (const g of gone) this.deleted.add(g);
    for (const [key, timer] of [...this.timers]) {
      if (isGone(key, gone)) { clearTimeout(timer); this.timers.delete(key); }
    }
    let removed = false;
    for (const key of [...this.docs.keys()]) {
      if (isGone(key, gone)) {
        this.docs.delete(key);
        removed = true;
      }
    }
    if (removed) this.fireSoon();
  }

  /** Something was created at `uri`: it and the folders above it are no longer deleted. */
  private undelete(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const g of [...this.deleted]) if (isGone(key, new Set([g]))) this.deleted.delete(g);
  }

  private fireSoon(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => { this.changeTimer = undefined; this.emitter.fire(); }, CHANGE_DEBOUNCE_MS);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
