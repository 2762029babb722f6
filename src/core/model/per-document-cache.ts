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
  if (SHARED.has(key)) {
    const of = (d as { [VIEW_OF]?: PostmortemDocument })[VIEW_OF];
    if (of) return scratch(of, key, make);
  }
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
  if (SHARED.has(key)) {
    const of = (doc as { [VIEW_OF]?: PostmortemDocument })[VIEW_OF];
    if (of) return peekScratch(of, key);
  }
  return (doc as WithScratch)[SCRATCH]?.get(key) as T | undefined;
}

/**
 * Scratch keys whose values hold for any view of a document (`withBlocks`): they do not depend on which blocks the
 * document lists (its line table). A view reads and fills them on the document it was made from.
 */
const SHARED = new Set<symbol>();

/** A new scratch key whose value is shared by a document and its views. */
export function sharedScratchKey(description: string): symbol {
  const key = Symbol(description);
  SHARED.add(key);
  return key;
}

const VIEW_OF = Symbol('postmortem.viewOf');

/**
 * `doc` as if it listed only `blocks` (the engine's reuse of block-local rules' findings, engine/block-reuse.ts):
 * everything else is read from `doc`; scratch values made from its blocks are made afresh from `blocks`.
 */
export function withBlocks(doc: PostmortemDocument, blocks: PostmortemDocument['blocks']): PostmortemDocument {
  const view = Object.create(doc) as WithScratch;
  Object.defineProperty(view, 'blocks', { value: blocks, enumerable: true, writable: true });
  Object.defineProperty(view, SCRATCH, { value: new Map(), enumerable: false });
  Object.defineProperty(view, VIEW_OF, { value: doc, enumerable: false });
  return view;
}
