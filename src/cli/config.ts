// Configuration exactly as the editor finds it: the core's ConfigResolver (nearest `.postmortem.yaml`, `extends`,
// merged over the defaults), over a host that reads the disk. `--config <file>` replaces discovery for every document.
import * as fs from 'fs';
import * as path from 'path';
import type { Config, ConfigHost, Finding } from './core';
import { CONFIG_FILE_NAME, ConfigResolver } from './core';
import { UsageError } from './args';
import { toPosix } from './files';

/** Config problems that make an explicit --config unusable: the user asked for that file, so stop (exit 2). */
export class ConfigError extends UsageError {}

export interface ConfigSet {
  /** Distinct effective configurations; documents refer to them by index (cheap to send to workers). */
  configs: Config[];
  /** Problems of each config file that applies to at least one document, by absolute path. */
  problems: Map<string, Finding[]>;
}

/**
 * Reads config files from the disk: regular files only (a named pipe or `/dev/stdin` in `extends` must not block the
 * run), and no file reached through a link from inside `boundary` to outside it.
 */
export function diskHost(boundary?: string): ConfigHost {
  const realBoundary = boundary === undefined ? undefined : realOrSelf(boundary);
  return {
    async readFile(p: string) {
      const file = fromPosix(p);
      // A link inside the boundary may not lead out of it. (Paths outside it are discovery's files above the
      // repository, which the repository does not choose; the core refuses `extends` outside it.)
      if (realBoundary !== undefined && isInsideFolder(path.resolve(file), boundary!) && !isInsideFolder(realOrSelf(file), realBoundary)) return undefined;
      let handle: fs.promises.FileHandle | undefined;
      try {
        // O_NONBLOCK: opening a FIFO does not wait for a writer; the fstat below then refuses it.
        handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
        if (!(await handle.stat()).isFile()) return undefined;
        return await handle.readFile('utf8');
      } catch {
        return undefined;
      } finally {
        await handle?.close();
      }
    },
  };
}

/**
 * The folder `extends` and `templates` must stay inside: the git work tree holding `start`, or `start` itself when
 * it is in none.
 */
export function repositoryRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start);
  }
}

function realOrSelf(p: string): string {
  try { return fs.realpathSync(p); } catch { return p; }
}

function isInsideFolder(p: string, folder: string): boolean {
  const rel = path.relative(folder, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The core works on POSIX paths; on Windows `C:\x` becomes `C:/x`. */
function fromPosix(p: string): string {
  return path.sep === '/' ? p : p.split('/').join(path.sep);
}

export class CliConfigs {
  private readonly resolver: ConfigResolver;
  private readonly explicitDoc?: string;
  private readonly standIn?: string;
  private readonly ids = new Map<string, number>();
  readonly set: ConfigSet = { configs: [], problems: new Map() };

  private constructor(boundary: string, explicit?: { file: string; text: string }) {
    const disk = diskHost(boundary);
    let host: ConfigHost = disk;
    if (explicit) {
      // The explicit file stands in for the nearest `.postmortem.yaml` of a virtual document next to it, so its
      // `extends` resolve relative to it, exactly as they would in discovery.
      const dir = toPosix(path.dirname(explicit.file));
      const stand = `${dir}/${CONFIG_FILE_NAME}`;
      this.standIn = stand;
      this.explicitDoc = `${dir}/__postmortem-lint__.md`;
      host = { readFile: (p) => (p === stand ? Promise.resolve(explicit.text) : disk.readFile(p)) };
    }
    this.resolver = new ConfigResolver(host, { boundary: toPosix(boundary) });
  }

  static async create(explicitPath: string | undefined, cwd: string): Promise<CliConfigs> {
    if (explicitPath === undefined) return new CliConfigs(repositoryRoot(cwd));
    const file = path.resolve(cwd, explicitPath);
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read --config ${explicitPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const configs = new CliConfigs(repositoryRoot(path.dirname(file)), { file, text });
    const resolved = await configs.resolver.resolve(configs.explicitDoc!);
    const broken: string[] = [];
    for (const p of resolved.problems) {
      const shown = p.path === configs.standIn ? file : fromPosix(p.path);
      for (const f of p.problems) {
        if (f.severity === 'error') broken.push(`${path.relative(cwd, shown) || shown}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message}`);
      }
      const warnings = p.problems.filter((f) => f.severity !== 'error');
      if (warnings.length > 0) configs.set.problems.set(shown, warnings);
    }
    if (broken.length > 0) throw new ConfigError(`the --config file is broken:\n  ${broken.join('\n  ')}`);
    configs.ids.set('', 0);
    configs.set.configs.push(resolved.config);
    return configs;
  }

  /** Index into `set.configs` of the configuration for the document at `absPath`. */
  async configFor(absPath: string): Promise<number> {
    if (this.explicitDoc) return 0;
    const resolved = await this.resolver.resolve(toPosix(absPath));
    const key = resolved.file ?? '';
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.set.configs.length;
      this.set.configs.push(resolved.config);
      this.ids.set(key, id);
      for (const p of resolved.problems) this.set.problems.set(fromPosix(p.path), p.problems);
    }
    return id;
  }
}
