// Reading a front matter's text with `yaml`: its keys with their offsets, its errors, its data; the last few reads
// kept by exact text. Broken YAML never throws.
import { isMap, isScalar, parseDocument as parseYaml, type Node as YamlNode } from 'yaml';

/** What `yaml` makes of a front matter's text, in offsets of that text (independent of where it sits). */
export interface YamlRead {
  /** Message of an exception thrown by the parser (errors and keys then hold what was read before it). */
  failed?: string;
  errors: { message: string; a: number; b: number }[];
  keys: Map<string, { key: [number, number]; value?: [number, number] }>;
  /** The front matter as plain data; set only when there is no error and it is a map. */
  data?: Record<string, unknown>;
}

/** `key: value` lines only: a key of letters, digits, `_` and `-`; a value that starts with a letter or digit and
 * holds printable characters but `#` (a comment after a space). */
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:( +)([A-Za-z0-9][\x20-\x22\x24-\x7E\u00A0-\uD7FF\uE000-\uFFFD]*?))? *$/;
const CORE_NULL = /^(?:null|Null|NULL)$/;
const CORE_TRUE = /^(?:true|True|TRUE)$/;
const CORE_FALSE = /^(?:false|False|FALSE)$/;
const CORE_INT = /^[0-9]+$/;
const CORE_OCT = /^0o[0-7]+$/;
const CORE_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT = /^(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * The front matter most documents have, read without the YAML parser (a quarter of a millisecond per document with
 * it: half of what indexing 2,000 incidents cost): every line blank or `key: plain value`, each key once, no
 * comment, quote, flow, block scalar, anchor, tag or nesting. Values typed as YAML 1.2's core schema types them
 * (what `yaml` does by default): null, booleans, decimal, octal and hexadecimal integers, floats, else strings.
 * Anything else returns undefined: the parser reads it. A test compares both on generated and real front matter.
 */
export function readSimpleYaml(src: string): YamlRead | undefined {
  if (src.indexOf('\r') !== -1 || src.indexOf('\t') !== -1) return undefined;
  const keys: YamlRead['keys'] = new Map();
  const data: Record<string, unknown> = {};
  let lineStart = 0;
  while (lineStart < src.length) {
    let end = src.indexOf('\n', lineStart);
    if (end === -1) end = src.length;
    const line = src.slice(lineStart, end);
    if (line.trim() !== '') {
      const m = SIMPLE_LINE.exec(line);
      if (!m) return undefined;
      const [, name, gap, value] = m;
      if (keys.has(name) || name === '__proto__') return undefined;
      // `a: b: c` is no plain scalar, and `: ` or a trailing `:` would start a mapping
      if (value !== undefined && (value.includes(': ') || value.endsWith(':'))) return undefined;
      const at = lineStart + name.length + 1 + (gap?.length ?? 0);
      keys.set(name, { key: [lineStart, lineStart + name.length], value: value === undefined ? undefined : [at, at + value.length] });
      data[name] = value === undefined ? null : coreScalar(value);
    }
    lineStart = end + 1;
  }
  if (keys.size === 0) return undefined;
  return { errors: [], keys, data };
}

function coreScalar(v: string): unknown {
  if (CORE_NULL.test(v)) return null;
  if (CORE_TRUE.test(v)) return true;
  if (CORE_FALSE.test(v)) return false;
  if (CORE_INT.test(v)) return Number(v);
  if (CORE_OCT.test(v)) return parseInt(v.slice(2), 8);
  if (CORE_HEX.test(v)) return parseInt(v.slice(2), 16);
  if (CORE_FLOAT.test(v)) return Number(v);
  return v;
}

/** What the YAML parser makes of `src` (exported for the test that compares it with readSimpleYaml). */
export function readYamlWithParser(src: string): YamlRead {
  const errors: YamlRead['errors'] = [];
  const keys: YamlRead['keys'] = new Map();
  let data: Record<string, unknown> | undefined;
  try {
    const doc = parseYaml(src, { prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) {
      const [a, b] = e.pos ?? [0, 0];
      errors.push({ message: firstLine(e.message), a, b: b > a ? b : a + 1 });
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
      errors.push({ message: 'The front matter must be a list of "key: value" lines.', a: r[0], b: r[1] });
    }
    if (errors.length === 0 && isMap(contents)) {
      const js = doc.toJS({ maxAliasCount: 100 }) as unknown;
      if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    }
  } catch (e) {
    return { failed: firstLine(e instanceof Error ? e.message : String(e)), errors, keys };
  }
  return { errors, keys, data };
}

/**
 * The last few reads by exact text: an editor re-lints the same front matter on every keystroke in the body, and
 * YAML parsing is a fixed cost of every lint. A hit hands out a fresh copy of the data (callers own what they get);
 * data that is not plain JSON-like values, or shares objects (YAML aliases), is not kept.
 */
const cache = new Map<string, YamlRead>();
const CACHE_SIZE = 16;
const CACHE_MAX_TEXT = 16 * 1024;

export function readFrontMatterYaml(src: string): YamlRead {
  const hit = cache.get(src);
  if (hit) return hit.data ? { errors: hit.errors, keys: hit.keys, data: copyPlain(hit.data, new Set()) as Record<string, unknown> } : hit;
  const read = readSimpleYaml(src) ?? readYamlWithParser(src);
  if (src.length > CACHE_MAX_TEXT || read.failed !== undefined) return read;
  let kept = read;
  if (read.data) {
    const copy = copyPlain(read.data, new Set());
    if (copy === undefined) return read;
    kept = { errors: read.errors, keys: read.keys, data: copy as Record<string, unknown> };
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(src, kept);
  return read;
}

/** A deep copy of plain objects, arrays and primitives; undefined for anything else or an object seen twice. */
function copyPlain(v: unknown, seen: Set<object>): unknown {
  if (v === null || typeof v !== 'object') return typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
  if (seen.has(v)) return undefined;
  seen.add(v);
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const c = copyPlain(x, seen);
      if (c === undefined && x !== undefined) return undefined;
      out.push(c);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    const c = copyPlain(x, seen);
    if (c === undefined && x !== undefined) return undefined;
    // yaml defines a "__proto__" key as an own property; so does the copy.
    if (k === '__proto__') Object.defineProperty(out, k, { value: c, writable: true, enumerable: true, configurable: true });
    else out[k] = c;
  }
  return out;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}

