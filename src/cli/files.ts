// Which files to lint: paths (files or folders) and globs, minus node_modules, .git and --ignore globs.
// Scans never follow a link to a folder (a link to `..` would loop), lint each real file once, and name every folder
// or file they could not read instead of skipping it silently.
import * as fs from 'fs';
import * as path from 'path';
import type FastGlob from 'fast-glob';
import picomatch from 'picomatch';
import { UsageError } from './args';
import { errorText } from './write-fix';

/** fast-glob, loaded on first use: a run on named files never walks a folder, and loading it is a tenth of start-up. */
let fastGlob: typeof FastGlob | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fg = (): typeof FastGlob => (fastGlob ??= require('fast-glob') as typeof FastGlob);

export interface Candidate { absPath: string; path: string }
/** A folder or file the scan could not read. */
export interface Unreadable extends Candidate { reason: string }
export interface FoundFiles { candidates: Candidate[]; unreadable: Unreadable[] }

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = '**/*.{md,markdown}';

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Path shown to the user and matched by --ignore: relative to cwd, forward slashes (absolute when outside cwd). */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  // `..foo` is a folder inside cwd; only `..` itself or `../…` leaves it.
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return toPosix(outside ? abs : rel);
}

/** --ignore globs; a glob without wildcards also ignores everything below it (`--ignore drafts`). */
export function ignoreMatcher(globs: readonly string[]): (relPath: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((g) => {
    const p = toPosix(g).replace(/^\.\//, '').replace(/\/+$/, '');
    return fg().isDynamicPattern(p) ? [p] : [p, `${p}/**`];
  });
  return picomatch(patterns, { dot: true });
}

export async function findFiles(patterns: readonly string[], ignore: readonly string[], cwd: string): Promise<FoundFiles> {
  const ignored = ignoreMatcher(ignore);
  const found = new Set<string>();
  const unreadable = new Map<string, string>();
  const scan = scanner(unreadable);
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') { unreadable.set(abs, errorText(e)); continue; }
    }
    if (stat?.isFile()) {
      found.add(abs);
    } else if (stat?.isDirectory()) {
      for (const f of await scan(`${fg().convertPathToPattern(toPosix(abs))}/${MARKDOWN}`, cwd)) found.add(f);
    } else if (fg().isDynamicPattern(toPosix(pattern))) {
      for (const f of await scan(toPosix(pattern), cwd)) found.add(f);
    } else {
      throw new UsageError(`no such file or folder: ${pattern}`);
    }
  }
  const byPath = (a: Candidate, b: Candidate) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const candidates = onePerRealFile([...found])
    .map((absPath) => ({ absPath, path: displayPath(cwd, absPath) }))
    .filter((c) => !ignored(c.path))
    .sort(byPath);
  const problems = [...unreadable]
    .map(([absPath, reason]) => ({ absPath, path: displayPath(cwd, absPath), reason }))
    .filter((c) => !ignored(c.path))
    .sort(byPath);
  return { candidates, unreadable: problems };
}

/**
 * A glob walk that does not follow links to folders yet keeps links to files, and records folders it cannot read
 * (fast-glob would otherwise suppress those errors without a word).
 */
function scanner(unreadable: Map<string, string>): (pattern: string, cwd: string) => Promise<string[]> {
  const readdir = ((dir: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (err: NodeJS.ErrnoException | null, entries?: unknown) => void;
    (fs.readdir as (...a: unknown[]) => void)(dir, ...rest, (err: NodeJS.ErrnoException | null, entries: unknown) => {
      if (err && err.code !== 'ENOENT') unreadable.set(path.resolve(dir), errorText(err));
      callback(err, entries);
    });
  }) as typeof fs.readdir;
  return async (pattern, cwd) => {
    const entries = await fg()(pattern, {
      cwd, ignore: ALWAYS_IGNORED, absolute: true, onlyFiles: false, followSymbolicLinks: false,
      objectMode: true, suppressErrors: true, fs: { readdir },
    });
    const files: string[] = [];
    for (const e of entries) {
      if (e.dirent.isFile() || (e.dirent.isSymbolicLink() && isFileBehindLink(e.path))) files.push(path.resolve(e.path));
    }
    return files;
  };
}

function isFileBehindLink(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

/** A file reached under several names (a link and its target) is linted once, under its own name when listed. */
function onePerRealFile(paths: readonly string[]): string[] {
  const byReal = new Map<string, string>();
  for (const p of [...paths].sort()) {
    let real: string;
    try { real = fs.realpathSync(p); } catch { real = p; }
    const kept = byReal.get(real);
    if (kept === undefined || p === real) byReal.set(real, p);
  }
  return [...byReal.values()];
}
