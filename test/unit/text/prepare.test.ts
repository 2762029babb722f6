import assert from 'node:assert/strict';
import { prepare } from '../../../src/core/text';

describe('text/prepare: Markdown links', () => {
  it('reads a link by its text, with its brackets and address blanked, keeping every offset', () => {
    const text = 'There was an [outage at our broker](https://example.com/status) this morning.';
    const prepared = prepare(text);
    assert.equal(prepared.length, text.length);
    assert.match(prepared, /^there was an {2}outage at our broker {2,}this morning\.$/);
  });

  it('leaves brackets that are no link alone', () => {
    assert.equal(prepare('See [a] (b) and [c]'), 'see [a] (b) and [c]');
  });
});
