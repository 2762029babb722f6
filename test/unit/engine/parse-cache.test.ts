// The per-version parse cache the editor shares between diagnostics, code actions, CodeLens, the status bar and the
// timeline index: one version per document, nothing left of a closed one, a `documents` change is a new parse.
import * as assert from 'assert';
import { ParseCache } from '../../../src/core/engine/cache';
import { parseDocument } from '../../../src/core/model/parse';
import type { Config } from '../../../src/core/types';

const TEXT = '---\nkind: incident\n---\n# A\n';

describe('ParseCache', () => {
  it('keeps one version per document: a new version replaces the old one', () => {
    const cache = new ParseCache(16);
    const v1 = parseDocument(TEXT);
    cache.set(ParseCache.key('file:///a.md', 1, undefined), TEXT, v1);
    cache.set(ParseCache.key('file:///b.md', 1, undefined), TEXT, parseDocument(TEXT));
    const v2 = parseDocument(`${TEXT}x\n`);
    cache.set(ParseCache.key('file:///a.md', 2, undefined), `${TEXT}x\n`, v2);
    assert.strictEqual(cache.size, 2);
    assert.strictEqual(cache.get(ParseCache.key('file:///a.md', 1, undefined), TEXT), undefined);
    assert.strictEqual(cache.get(ParseCache.key('file:///a.md', 2, undefined), `${TEXT}x\n`), v2);
  });

  it('drops every entry of a closed document and no other', () => {
    const cache = new ParseCache(16);
    cache.set(ParseCache.key('file:///a.md', 1, undefined), TEXT, parseDocument(TEXT));
    cache.set(ParseCache.key('file:///a.md.bak', 1, undefined), TEXT, parseDocument(TEXT));
    cache.clear('file:///a.md');
    assert.strictEqual(cache.size, 1);
    assert.ok(cache.get(ParseCache.key('file:///a.md.bak', 1, undefined), TEXT));
  });

  it('a changed `documents` map is another key (the kind of a document without front matter depends on it)', () => {
    const a: Config = { rules: {}, documents: { '/r/*.md': 'incident' } };
    const b: Config = { rules: {}, documents: { '/r/*.md': 'rcca' } };
    assert.notStrictEqual(ParseCache.key('file:///r/x.md', 1, a), ParseCache.key('file:///r/x.md', 1, b));
    assert.strictEqual(ParseCache.key('file:///r/x.md', 1, a), ParseCache.key('file:///r/x.md', 1, { ...a }));
  });
});
