// YAML front matter: the `---` fenced block at the very start, parsed with `yaml` keeping the source offsets of
// every top-level key and value, so findings can point at the exact key. Broken YAML never throws.
import type { FrontMatter, FrontMatterError, Range } from '../types';
import type { LineIndex } from './lines';
import { FENCE_CLOSE, FENCE_OPEN, FRONT_MATTER_MAX_LINES, declaresKind, kindDeclaredBy } from './declared-kind';
import { readFrontMatterYaml } from './front-matter-yaml';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** First line after the closing fence (0 without front matter): where the Markdown body starts. */
  bodyStartLine: number;
}

export function parseFrontMatter(lines: LineIndex): FrontMatterResult {
  const none = (): FrontMatterResult => ({ frontMatter: emptyFrontMatter(false), bodyStartLine: 0 });
  if (lines.lineCount < 2 || !FENCE_OPEN.test(lines.lineText(0))) return none();
  let close = -1;
  const last = Math.min(lines.lineCount - 1, FRONT_MATTER_MAX_LINES);
  for (let l = 1; l <= last; l++) {
    if (FENCE_CLOSE.test(lines.lineText(l))) { close = l; break; }
  }
  if (close === -1) {
    // An opening fence with no closing one: say so at the fence, and read the rest as Markdown.
    const fm = emptyFrontMatter(true);
    fm.range = lines.lineRange(0);
    fm.declaresKind = declaresKind(lines.text.slice(lines.starts[1], lines.ends[last]), false);
    fm.errors.push({ message: 'The front matter has no closing "---" line.', range: lines.lineRange(0) });
    return { frontMatter: fm, bodyStartLine: 1 };
  }
  const srcStart = lines.starts[1];
  const srcEnd = lines.starts[close];
  const src = lines.text.slice(srcStart, srcEnd);
  const range: Range = { start: { line: 0, character: 0 }, end: lines.lineRange(close).end };
  const at = (a: number, b: number): Range => lines.range(srcStart + a, srcStart + Math.max(a, b));
  const read = readFrontMatterYaml(src);
  const errors: FrontMatterError[] = [];
  for (const e of read.errors) errors.push({ message: e.message, range: at(e.a, e.b) });
  if (read.failed !== undefined) errors.push({ message: read.failed, range: lines.lineRange(1) });
  const keys = read.keys;
  const data = errors.length === 0 && read.data ? read.data : {};
  const frontMatter: FrontMatter = {
    present: true,
    range,
    data,
    errors,
    declaresKind: kindDeclaredBy(read, src),
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
  return { present, data: {}, errors: [], declaresKind: false, keyRange: () => undefined, valueRange: () => undefined };
}

/** yaml's node range may run over trailing newlines of a block value; stop at its last visible character. */
function trimEnd(src: string, a: number, b: number): number {
  while (b > a && /\s/.test(src.charAt(b - 1))) b--;
  return b;
}
