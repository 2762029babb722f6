// YAML front matter: the `---` fenced block at the very start, parsed with `yaml` keeping the source offsets of
// every top-level key and value, so findings can point at the exact key. Broken YAML never throws.
import { isMap, isScalar, parseDocument as parseYaml, type Node as YamlNode } from 'yaml';
import type { FrontMatter, FrontMatterError, Range } from '../types';
import type { LineIndex } from './lines';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** First line after the closing fence (0 without front matter): where the Markdown body starts. */
  bodyStartLine: number;
}

const FENCE_OPEN = /^\uFEFF?---[ \t]*$/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Largest front matter we look at; a "front matter" longer than this is a document that forgot its closing fence. */
const MAX_LINES = 2000;

export function parseFrontMatter(lines: LineIndex): FrontMatterResult {
  const none = (): FrontMatterResult => ({ frontMatter: emptyFrontMatter(false), bodyStartLine: 0 });
  if (lines.lineCount < 2 || !FENCE_OPEN.test(lines.lineText(0))) return none();
  let close = -1;
  const last = Math.min(lines.lineCount - 1, MAX_LINES);
  for (let l = 1; l <= last; l++) {
    if (FENCE_CLOSE.test(lines.lineText(l))) { close = l; break; }
  }
  if (close === -1) {
    // An opening fence with no closing one: say so at the fence, and read the rest as Markdown.
    const fm = emptyFrontMatter(true);
    fm.range = lines.lineRange(0);
    fm.errors.push({ message: 'The front matter has no closing "---" line.', range: lines.lineRange(0) });
    return { frontMatter: fm, bodyStartLine: 1 };
  }
  const srcStart = lines.starts[1];
  const srcEnd = lines.starts[close];
  const src = lines.text.slice(srcStart, srcEnd);
  const range: Range = { start: { line: 0, character: 0 }, end: lines.lineRange(close).end };
  const errors: FrontMatterError[] = [];
  const at = (a: number, b: number): Range => lines.range(srcStart + a, srcStart + Math.max(a, b));
  const keys = new Map<string, { key: [number, number]; value?: [number, number] }>();
  let data: Record<string, unknown> = {};
  try {
    const doc = parseYaml(src, { prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) {
      const [a, b] = e.pos ?? [0, 0];
      errors.push({ message: firstLine(e.message), range: at(a, b > a ? b : a + 1) });
    }
    const contents = doc.contents;
    if (isMap(contents)) {
      for (const pair of contents.items) {
        const k = pair.key as YamlNode | null;
        if (!k || !isScalar(k) || !k.range) continue;
        const name = String(k.value);
        if (keys.has(name)) continue;
        const v = pair.value as YamlNode | null;
        const value = v && v.range && !(isScalar(v) && v.value === null && v.range[0] === v.range[1])
          ? [v.range[0], v.range[1]] as [number, number] : undefined;
        keys.set(name, { key: [k.range[0], k.range[1]], value });
      }
    } else if (contents && errors.length === 0 && !(isScalar(contents) && contents.value === null)) {
      const r = contents.range ?? [0, src.length];
      errors.push({ message: 'The front matter must be a list of "key: value" lines.', range: at(r[0], r[1]) });
    }
    if (errors.length === 0 && isMap(contents)) {
      const js = doc.toJS({ maxAliasCount: 100 }) as unknown;
      if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    }
  } catch (e) {
    errors.push({ message: firstLine(e instanceof Error ? e.message : String(e)), range: lines.lineRange(1) });
    data = {};
  }
  if (errors.length) data = {};
  const frontMatter: FrontMatter = {
    present: true,
    range,
    data,
    errors,
    keyRange: (key) => {
      const k = keys.get(key);
      return k ? at(k.key[0], k.key[1]) : undefined;
    },
    valueRange: (key) => {
      const k = keys.get(key);
      return k?.value ? at(k.value[0], trimEnd(src, k.value[0], k.value[1])) : undefined;
    },
  };
  return { frontMatter, bodyStartLine: close + 1 };
}

function emptyFrontMatter(present: boolean): FrontMatter {
  return { present, data: {}, errors: [], keyRange: () => undefined, valueRange: () => undefined };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}

/** yaml's node range may run over trailing newlines of a block value; stop at its last visible character. */
function trimEnd(src: string, a: number, b: number): number {
  while (b > a && /\s/.test(src.charAt(b - 1))) b--;
  return b;
}
