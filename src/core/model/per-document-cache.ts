// Per-document scratch values (derived data computed once per document and shared by the rules of one lint), kept
// on the document object itself. Not in WeakMaps keyed by the document: V8's young-generation collector keeps such
// entries (and through them the whole young document) alive, so every scavenge copied the documents of the last few
// lints and promoted them (measured in a 10 KB lint loop: 1.3 MB surviving each scavenge with WeakMaps, 0.08 MB
// without).
import type { PostmortemDocument } from '../types';

const SCRATCH = Symbol('postmortem.scratch');
type WithScratch = PostmortemDocument & { [SCRATCH]?: Map<symbol, unknown> };

/** The value `make()` gives for `doc` under `key`, made once per document. */
export function scratch<T>(doc: PostmortemDocument, key: symbol, make: () => T): T {
  const d = doc as WithScratch;
  let map = d[SCRATCH];
  if (!map) {
    map = new Map();
    // Not enumerable: the document stays what JSON, deepEqual and snapshots see.
    Object.defineProperty(d, SCRATCH, { value: map, enumerable: false });
  }
  if (map.has(key)) return map.get(key) as T;
  const value = make();
  map.set(key, value);
  return value;
}

/** The value stored for `doc` under `key`, if any (never makes one). */
export function peekScratch<T>(doc: PostmortemDocument, key: symbol): T | undefined {
  return (doc as WithScratch)[SCRATCH]?.get(key) as T | undefined;
}
