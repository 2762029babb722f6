// "Parsed once per version": a small LRU of parsed documents keyed by uri + version (+ the config bits the parser
// reads). One version per document: a new version replaces the old one (a 1 MB document parsed after each of ten
// edits must not keep ten parses alive), and a closed document is dropped with clear(uri).
import type { Config, PostmortemDocument } from '../types';
import { BlockResults } from './block-reuse';

interface Entry { uri: string; text: string; doc: PostmortemDocument }

export class ParseCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;
  /** Block-local rules' reports per document, from its last lint (engine/block-reuse.ts); cleared with it. */
  readonly blockResults: BlockResults;

  constructor(private readonly capacity = 16) {
    this.blockResults = new BlockResults(capacity);
  }

  static key(uri: string, version: number, config: Config | undefined): string {
    const documents = config?.documents ? JSON.stringify(config.documents) : '';
    return `${uri}\u0000${version}\u0000${config?.language ?? ''}\u0000${config?.timezone ?? ''}\u0000${documents}`;
  }

  /** The cached document when uri, version and text all match (a reused version number with new text is a miss). */
  get(key: string, text: string): PostmortemDocument | undefined {
    const e = this.entries.get(key);
    if (!e || e.text !== text) {
      this.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, e);
    this.hits++;
    return e.doc;
  }

  set(key: string, text: string, doc: PostmortemDocument): void {
    const uri = key.slice(0, key.indexOf('\u0000'));
    for (const [k, e] of this.entries) if (e.uri === uri) this.entries.delete(k);
    this.entries.set(key, { uri, text, doc });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Drops every version of `uri` (document closed), or everything. */
  clear(uri?: string): void {
    this.blockResults.clear(uri);
    if (uri === undefined) {
      this.entries.clear();
      return;
    }
    for (const [k, e] of this.entries) if (e.uri === uri) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }
}
