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

export const diskHost: ConfigHost = {
  async readFile(p: string) {
    try {
      return await fs.promises.readFile(fromPosix(p), 'utf8');
    } catch {
      return undefined;
    }
  },
};

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

  private constructor(explicit?: { file: string; text: string }) {
    let host: ConfigHost = diskHost;
    if (explicit) {
      // The explicit file stands in for the nearest `.postmortem.yaml` of a virtual document next to it, so its
      // `extends` resolve relative to it, exactly as they would in discovery.
      const dir = toPosix(path.dirname(explicit.file));
      const stand = `${dir}/${CONFIG_FILE_NAME}`;
      this.standIn = stand;
      this.explicitDoc = `${dir}/__postmortem-lint__.md`;
      host = { readFile: (p) => (p === stand ? Promise.resolve(explicit.text) : diskHost.readFile(p)) };
    }
    this.resolver = new ConfigResolver(host);
  }

  static async create(explicitPath: string | undefined, cwd: string): Promise<CliConfigs> {
    if (explicitPath === undefined) return new CliConfigs();
    const file = path.resolve(cwd, explicitPath);
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read --config ${explicitPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const configs = new CliConfigs({ file, text });
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
