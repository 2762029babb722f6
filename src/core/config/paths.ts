// Tiny POSIX path helpers: the core is pure (no `path` module); hosts pass forward-slash paths (c:/x works too).

/** Collapses `.`, `..`, duplicate and trailing slashes; keeps a leading `/` or drive prefix. */
export function normalize(path: string): string {
  const p = path.replace(/\\/g, '/');
  const abs = p.startsWith('/');
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..' && !/^[A-Za-z]:$/.test(parts[parts.length - 1])) parts.pop();
      else if (!abs && parts.length === 0) parts.push('..');
      continue;
    }
    parts.push(seg);
  }
  const body = parts.join('/');
  if (abs) return `/${body}`;
  if (/^[A-Za-z]:$/.test(body)) return `${body}/`;
  return body || '.';
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/** The folder of `path` ('/a/b.md' -> '/a', '/a' -> '/'). */
export function dirname(path: string): string {
  const p = normalize(path);
  if (p === '/' || /^[A-Za-z]:\/$/.test(p)) return p;
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  if (/^[A-Za-z]:$/.test(p.slice(0, i))) return `${p.slice(0, i)}/`;
  return p.slice(0, i);
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((x) => x.length > 0).join('/'));
}

/** `target` relative to the folder `base` unless it is absolute. */
export function resolve(base: string, target: string): string {
  return isAbsolute(target) ? normalize(target) : join(base, target);
}

/** True when `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const p = normalize(path);
  const f = normalize(folder);
  if (p === f) return true;
  return p.startsWith(f.endsWith('/') ? f : `${f}/`);
}

/** `target` (relative to `root` unless absolute) when it stays inside `root`; undefined for a path that leaves it. */
export function resolveInside(root: string, target: string): string | undefined {
  const path = resolve(root, target);
  return isInside(path, root) ? path : undefined;
}
