// Which files to lint: paths (files or folders) and globs, minus node_modules, .git and --ignore globs.
import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { UsageError } from './args';

export interface Candidate { absPath: string; path: string }

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = '**/*.{md,markdown}';

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Path shown to the user and matched by --ignore: relative to cwd, forward slashes (absolute when outside cwd). */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return toPosix(rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel);
}

/** --ignore globs; a glob without wildcards also ignores everything below it (`--ignore drafts`). */
export function ignoreMatcher(globs: readonly string[]): (relPath: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((g) => {
    const p = toPosix(g).replace(/^\.\//, '').replace(/\/+$/, '');
    return fg.isDynamicPattern(p) ? [p] : [p, `${p}/**`];
  });
  return picomatch(patterns, { dot: true });
}

export async function findFiles(patterns: readonly string[], ignore: readonly string[], cwd: string): Promise<Candidate[]> {
  const ignored = ignoreMatcher(ignore);
  const found = new Set<string>();
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(abs); } catch { stat = undefined; }
    if (stat?.isFile()) {
      found.add(abs);
    } else if (stat?.isDirectory()) {
      const base = fg.convertPathToPattern(toPosix(abs));
      for (const f of await fg(`${base}/${MARKDOWN}`, { ignore: ALWAYS_IGNORED, dot: false, absolute: true, onlyFiles: true, suppressErrors: true })) {
        found.add(path.resolve(f));
      }
    } else if (fg.isDynamicPattern(toPosix(pattern))) {
      for (const f of await fg(toPosix(pattern), { cwd, ignore: ALWAYS_IGNORED, absolute: true, onlyFiles: true, suppressErrors: true })) {
        found.add(path.resolve(f));
      }
    } else {
      throw new UsageError(`no such file or folder: ${pattern}`);
    }
  }
  return [...found]
    .map((absPath) => ({ absPath, path: displayPath(cwd, absPath) }))
    .filter((c) => !ignored(c.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
