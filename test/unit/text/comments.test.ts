// One comment masking for the model and every rule: offsets kept, newlines kept, an unclosed comment hides the rest.
import assert from 'node:assert/strict';
import { maskComments } from '../../../src/core/text/comments';
import { prepare } from '../../../src/core/text';

describe('maskComments', () => {
  it('blanks a comment to spaces of the same length', () => {
    const s = 'We are sorry. <!-- expect: PM001 --> Next.';
    const out = maskComments(s);
    assert.equal(out.length, s.length);
    assert.equal(out.indexOf('Next.'), s.indexOf('Next.'));
    assert.equal(out.trim().replace(/ +/g, ' '), 'We are sorry. Next.');
  });

  it('keeps the newlines of a comment over several lines', () => {
    assert.equal(maskComments('a<!--\nb\r\n-->c'), 'a    \n \r\n   c');
  });

  it('masks every comment, and an unclosed one to the end of the text', () => {
    assert.equal(maskComments('a<!--x-->b<!--y-->c'), 'a        b        c');
    assert.equal(maskComments('kept <!-- never closed\nhidden'), `kept ${' '.repeat(17)}\n${' '.repeat(6)}`);
  });

  it('returns text without comments unchanged', () => {
    const s = 'No comment here -- nor here ->';
    assert.equal(maskComments(s), s);
  });

  it('is what prepare blanks before it folds', () => {
    assert.equal(prepare('A <!-- b --> C'), `a${' '.repeat(12)}c`);
    assert.equal(prepare('A <!-- open'), `a${' '.repeat(10)}`);
  });
});
