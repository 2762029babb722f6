// The kind of a document without a `kind` in its front matter, from the `documents` map of `.postmortem.yaml`
// (teams have years of postmortems without our front matter). Patterns are picomatch globs; discovery makes them
// absolute (relative to the config file that names them), so a document's path is matched as the host gives it.
import picomatch from 'picomatch';
import type { Config, DocumentKind, DocumentMapping, Section } from '../types';
import { isAbsolute, normalize, resolve } from '../config/paths';
import { looksLikePostmortem } from './declared-kind';

/** The `documents` map of the config file in `folder`, with every pattern made absolute. */
export function documentsFrom(folder: string, documents: Record<string, DocumentMapping>): Record<string, DocumentMapping> {
  const out: Record<string, DocumentMapping> = {};
  for (const [pattern, kind] of Object.entries(documents)) out[isAbsolute(pattern) ? normalize(pattern) : resolve(folder, pattern)] = kind;
  return out;
}

const matchers = new Map<string, (path: string) => boolean>();

function matcher(pattern: string): (path: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true, windows: false });
    matchers.set(pattern, m);
  }
  return m;
}

/** A file path from a document uri ("file:///a/b.md", "vscode-vfs://host/a/b.md") or a plain path (kept). */
export function documentPath(uriOrPath: string): string {
  const m = /^[a-z][a-z0-9+.-]+:\/\/[^/]*(\/[^?#]*)/i.exec(uriOrPath);
  if (!m) return normalize(uriOrPath);
  try {
    return normalize(decodeURIComponent(m[1]));
  } catch {
    return normalize(m[1]);
  }
}

/** What `documents` says the document at `uriOrPath` is (the last matching pattern wins; undefined: not mapped). */
export function mappedKind(uriOrPath: string | undefined, config: Config | undefined): DocumentMapping | undefined {
  const documents = config?.documents;
  if (!documents || uriOrPath === undefined) return undefined;
  const path = documentPath(uriOrPath);
  let kind: DocumentMapping | undefined;
  for (const [pattern, k] of Object.entries(documents)) if (matcher(pattern)(path)) kind = k;
  return kind;
}

/** A report tells cause and corrective actions and has no status updates; anything else is an incident. */
export function kindFromHeadings(sections: readonly Section[]): DocumentKind {
  const has = (k: Section['kind']) => sections.some((s) => s.level >= 2 && s.kind === k);
  return !has('updates') && (has('rootCause') || has('correctiveActions')) ? 'rcca' : 'incident';
}

/** The kind a mapped document takes, from its mapping and headings. */
export function kindOfMapped(mapping: DocumentMapping, sections: readonly Section[]): DocumentKind {
  return mapping === 'auto' ? kindFromHeadings(sections) : mapping;
}

/**
 * What makes a file a postmortem document: `declared` when its front matter declares a `kind` (known or not: the
 * model reads it), else the kind `documents` maps its path to (`auto`: from its headings).
 */
export type PostmortemKind = 'declared' | DocumentMapping;

/**
 * The one "is this a postmortem document?" for the CLI, the editor's diagnostics, the timeline index and the preview:
 * its front matter declares a kind, or `.postmortem.yaml` `documents` maps its path; undefined: ordinary Markdown.
 * `text` may be the whole document or only its first FRONT_MATTER_MAX_LINES + 2 lines (all the decision reads).
 */
export function postmortemKind(text: string, uriOrPath: string | undefined, config: Config | undefined): PostmortemKind | undefined {
  if (looksLikePostmortem(text)) return 'declared';
  return mappedKind(uriOrPath, config);
}
