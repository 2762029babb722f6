// Finding the configuration of a document: the nearest `.postmortem.yaml` from the document's folder up to the
// workspace root, its `extends` chain, merged over the defaults and the editor settings. Files come from an injected
// host (the core does no I/O); parsed files are cached by path until `invalidate`.
import type { Config, Finding, Lang, Rule } from '../types';
import { allRules } from '../rules/index';
import { CONFIG_MESSAGES } from './messages';
import { DEFAULT_CONFIG, mergeConfig } from './merge';
import { ParsedConfig, configProblem, parseConfig } from './parse';
import { dirname, isInside, join, normalize, resolve } from './paths';
import { documentsFrom } from '../model/mapped-kind';

export const CONFIG_FILE_NAME = '.postmortem.yaml';
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export interface ConfigHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
}

export interface ConfigFileProblems { path: string; problems: Finding[] }

export interface ResolvedConfig {
  config: Config;
  /** The nearest config file, if any. */
  file?: string;
  /** Every file that contributed: the nearest and what it extends (each once). */
  files: string[];
  /** Problems per file (only files that have some). */
  problems: ConfigFileProblems[];
}

export interface ConfigResolverOptions {
  /** Discovery stops here (inclusive); without it, it walks up to the file system root. */
  workspaceRoot?: string;
  /** Language of the problem messages. */
  lang?: Lang;
  rules?: readonly Rule[];
  /** Longest `extends` chain followed (guards against runaway chains that are not cycles). */
  maxDepth?: number;
  /**
   * `extends` and `templates` must name paths inside this folder (default: workspaceRoot), so a repository cannot
   * make the linter read, or New Incident write, anywhere else. Without either, paths are not limited.
   */
  boundary?: string;
}

/** Default for `maxDepth`. */
export const MAX_EXTENDS_DEPTH = 16;

export class ConfigResolver {
  private readonly files = new Map<string, Promise<ParsedConfig | undefined>>();
  private readonly nearest = new Map<string, Promise<string | undefined>>();

  constructor(private readonly host: ConfigHost, private readonly options: ConfigResolverOptions = {}) {}

  /** Forget a changed, created or deleted config file (no argument: everything). */
  invalidate(path?: string): void {
    if (path === undefined) this.files.clear();
    else this.files.delete(normalize(path));
    // A file that appears or disappears changes which file is nearest for whole subtrees.
    this.nearest.clear();
  }

  /**
   * Forget every config file at or under `path` (a deleted folder: the file watcher reports only the folder).
   * Returns whether anything cached was there.
   */
  invalidateUnder(path: string): boolean {
    const gone = [...this.files.keys()].filter((file) => isInside(file, path));
    for (const file of gone) this.files.delete(file);
    if (gone.length > 0) this.nearest.clear();
    return gone.length > 0;
  }

  /** The effective configuration of the document at `documentPath`. */
  async resolve(documentPath: string, editorSettings?: Config): Promise<ResolvedConfig> {
    const rules = this.options.rules ?? allRules;
    const base = mergeConfig(DEFAULT_CONFIG, editorSettings, rules);
    const file = await this.findNearest(dirname(documentPath));
    if (!file) return { config: base, files: [], problems: [] };
    const problems = new Map<string, Finding[]>();
    const files: string[] = [];
    const fromFiles = await this.load(file, [], problems, files);
    return {
      config: mergeConfig(base, fromFiles, rules),
      file,
      files,
      problems: [...problems].filter(([, p]) => p.length > 0).map(([path, p]) => ({ path, problems: p })),
    };
  }

  /** Parses one config file's text as this resolver would (for showing problems of an open config file). */
  parse(text: string): ParsedConfig {
    return parseConfig(text, { lang: this.options.lang, rules: this.options.rules });
  }

  private findNearest(folder: string): Promise<string | undefined> {
    const dir = normalize(folder);
    let cached = this.nearest.get(dir);
    if (!cached) {
      cached = this.lookUp(dir);
      this.nearest.set(dir, cached);
    }
    return cached;
  }

  private async lookUp(dir: string): Promise<string | undefined> {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (await this.read(candidate)) return candidate;
    const root = this.options.workspaceRoot;
    if (root !== undefined && normalize(root) === dir) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    // Outside the workspace (e.g. an untitled or external file): only its own folder chain up to the root.
    if (root !== undefined && isInside(dir, root) && !isInside(parent, root)) return undefined;
    return this.findNearest(parent);
  }

  private read(path: string): Promise<ParsedConfig | undefined> {
    const key = normalize(path);
    let cached = this.files.get(key);
    if (!cached) {
      cached = this.host
        .readFile(key)
        .catch(() => undefined)
        .then((text) => (text === undefined ? undefined : this.parse(text)));
      this.files.set(key, cached);
    }
    return cached;
  }

  /** The config of `path` with its `extends` applied (extended files first, the file itself on top). */
  private async load(path: string, stack: string[], problems: Map<string, Finding[]>, files: string[]): Promise<Config> {
    const t = CONFIG_MESSAGES[this.options.lang ?? 'en'] ?? CONFIG_MESSAGES.en;
    const rules = this.options.rules ?? allRules;
    const parsed = await this.read(path);
    if (!parsed) return DEFAULT_CONFIG;
    if (!files.includes(path)) files.push(path);
    const own = problems.get(path) ?? [];
    if (!problems.has(path)) {
      own.push(...parsed.problems);
      problems.set(path, own);
    }
    let merged: Config = DEFAULT_CONFIG;
    const chain = [...stack, path];
    const boundary = this.options.boundary ?? this.options.workspaceRoot;
    const maxDepth = this.options.maxDepth ?? MAX_EXTENDS_DEPTH;
    for (const ext of parsed.extends) {
      const target = resolve(dirname(path), ext.path);
      if (boundary !== undefined && !isInside(target, boundary)) {
        own.push(configProblem(t.outsideRoot('extends', ext.path, normalize(boundary)), ext.range));
        continue;
      }
      if (chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target)), target].join(' → ');
        own.push(configProblem(t.extendsCycle(cycle), ext.range));
        continue;
      }
      if (chain.length > maxDepth) {
        own.push(configProblem(t.extendsTooDeep(maxDepth), ext.range));
        continue;
      }
      if (!(await this.read(target))) {
        own.push(configProblem(t.extendsMissing(ext.path), ext.range));
        continue;
      }
      merged = mergeConfig(merged, await this.load(target, chain, problems, files), rules);
    }
    const self = { ...parsed.config };
    // Template folders are relative to the file that names them.
    if (self.templates !== undefined) {
      const folder = resolve(dirname(path), self.templates);
      if (boundary !== undefined && !isInside(folder, boundary)) {
        const refused = configProblem(t.outsideRoot('templates', self.templates, normalize(boundary)), parsed.templatesRange ?? ZERO);
        // a file extended twice (a diamond) is loaded twice: say it once
        if (!own.some((p) => p.message === refused.message)) own.push(refused);
        delete self.templates;
      } else {
        self.templates = folder;
      }
    }
    if (self.documents !== undefined) self.documents = documentsFrom(dirname(path), self.documents);
    return mergeConfig(merged, self, rules);
  }
}
