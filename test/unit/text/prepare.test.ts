import assert from 'node:assert/strict';
import { prepare } from '../../../src/core/text';

describe('text/prepare: Markdown links', () => {
  it('reads a link by its text, with its brackets and address blanked, keeping every offset', () => {
    const text = 'There was an [outage at our broker](https://example.com/status) this morning.';
    const prepared = prepare(text);
    assert.equal(prepared.length, text.length);
    assert.match(prepared, /^there was an {2}outage at our broker {2,}this morning\.$/);
  });

  it('reads a link whose address holds underscores or emphasis marks by its text (diag-163)', () => {
    const text = 'Mind [bypassing your cache](https://example.org/wiki/Bypass_your_cache) and **seeing** it?';
    const prepared = prepare(text);
    assert.equal(prepared.length, text.length);
    assert.match(prepared, /^mind {2}bypassing your cache {2,}and {3}seeing {3}it\?$/);
  });

  it('leaves brackets that are no link alone', () => {
    assert.equal(prepare('See [a] (b) and [c]'), 'see [a] (b) and [c]');
  });
});
