// A minimal document for text the parser could not handle: lint still returns, silent, with the failure reported.
import type { PostmortemDocument } from '../types';
import { LineIndex } from './lines';

export function fallbackDocument(text: string, uri?: string, version?: number): PostmortemDocument {
  const index = new LineIndex(text);
  return {
    text,
    uri,
    version,
    lineCount: index.lineCount,
    kind: undefined,
    frontMatter: { present: false, data: {}, errors: [], keyRange: () => undefined, valueRange: () => undefined },
    meta: { audience: 'customers' },
    lang: 'en',
    zone: 'UTC',
    sections: [],
    updates: [],
    timeline: [],
    correctiveActions: [],
    blocks: [],
    codeBlocks: [],
    directives: [],
    positionAt: (offset) => index.positionAt(offset),
    offsetAt: (position) => index.offsetAt(position),
    section: () => undefined,
  };
}
