// Does the front matter declare a `kind`? One decision, made by the YAML parser, for the front-matter rule and for
// postmortemKind (mapped-kind.ts: with `.postmortem.yaml` `documents`, the one "is this a postmortem?"). Cheap on
// ordinary Markdown: a file without a leading `---` costs one comparison, a front matter without the word "kind"
// one search, and only the rest is parsed (the parse is cached with the model's own front matter reads).
import { readFrontMatterYaml, type YamlRead } from './front-matter-yaml';

/** Largest front matter looked at, in lines; a longer "front matter" is a document that forgot its closing fence. */
export const FRONT_MATTER_MAX_LINES = 2000;

export const FENCE_OPEN = /^\uFEFF?---[ \t]*$/;
export const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** A key that reads as `kind`, quoted or not, for front matter the parser cannot read as a map. */
const LOOSE_KIND_KEY = /^[ \t]*(?:kind|"kind"|'kind')[ \t]*:/m;

/** The front matter's source text (between the fences) and whether its closing fence was found. */
export interface FrontMatterSource { source: string; closed: boolean }

/**
 * The front matter block of `text`: an opening `---` on the first line, up to the closing `---` or `...` within
 * FRONT_MATTER_MAX_LINES lines. Line breaks are \n, \r\n and a lone \r, as in the model's line index.
 */
export function frontMatterSource(text: string): FrontMatterSource | undefined {
  let lineStart = 0;
  let lineNo = 0;
  let sourceStart = -1;
  while (lineNo <= FRONT_MATTER_MAX_LINES) {
    let end = lineStart;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const atEnd = end >= text.length;
    const next = atEnd ? text.length + 1 : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const line = text.slice(lineStart, end);
    if (lineNo === 0) {
      // A lone "---" with nothing after it is a thematic break, not a front matter (the model needs two lines).
      if (atEnd || !FENCE_OPEN.test(line)) return undefined;
      sourceStart = next;
    } else if (FENCE_CLOSE.test(line)) {
      return { source: text.slice(sourceStart, lineStart), closed: true };
    }
    if (atEnd) return { source: text.slice(sourceStart), closed: false };
    lineStart = next;
    lineNo++;
  }
  return { source: text.slice(sourceStart, lineStart), closed: false };
}

/** True when a front matter's source declares a `kind` (see kindDeclaredBy); `closed` as found by frontMatterSource. */
export function declaresKind(source: string, closed: boolean): boolean {
  if (source.indexOf('kind') === -1) return false;
  if (closed) return kindDeclaredBy(readFrontMatterYaml(source), source);
  // No closing fence: the keys are the lines up to the first blank one (the Markdown after it is not YAML).
  const blank = /\r?\n[ \t]*(?:\r?\n|\r|$)|\r[ \t]*(?:\r|$)/.exec(source);
  const head = blank ? source.slice(0, blank.index + 1) : source;
  return kindDeclaredBy(readFrontMatterYaml(head), head);
}

/**
 * A read front matter declares a kind when it is a map with a non-blank `kind`; when the YAML is broken, when the
 * parser still found a `kind` key or a line reads as one (the writer evidently meant a postmortem document).
 */
export function kindDeclaredBy(read: YamlRead, source: string): boolean {
  if (read.data) return !isBlank(read.data.kind);
  if (read.failed === undefined && read.errors.length === 0) return false;
  return read.keys.has('kind') || LOOSE_KIND_KEY.test(source);
}

/** A front matter that declares a `kind` (known or not); postmortemKind adds the documents `.postmortem.yaml` maps. */
export function looksLikePostmortem(text: string): boolean {
  const block = frontMatterSource(text);
  return block !== undefined && declaresKind(block.source, block.closed);
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}
