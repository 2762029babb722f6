// The front matter read is cached by its exact text: every parse must still get its own, unshared data.
import assert from 'assert';
import { parseDocument } from '../../../src/core/model/parse';

const doc = (fm: string, body = '# Title\n') => `---\n${fm}---\n${body}`;

describe('front matter cache', () => {
  it('hands each parse its own data, even for the same text', () => {
    const text = doc('title: A\ntags: [x, y]\nnested: { a: 1 }\n');
    const a = parseDocument(text);
    (a.frontMatter.data.tags as string[]).push('z');
    (a.frontMatter.data.nested as Record<string, number>).a = 2;
    a.frontMatter.data.title = 'changed';
    const b = parseDocument(text);
    assert.deepStrictEqual(b.frontMatter.data, { title: 'A', tags: ['x', 'y'], nested: { a: 1 } });
    assert.notStrictEqual(a.frontMatter.data, b.frontMatter.data);
  });

  it('gives the same ranges and errors when the same front matter sits in another document', () => {
    const fm = 'title: A\nstarted: 2026-01-02T03:04:05Z\n';
    const a = parseDocument(doc(fm));
    const b = parseDocument(doc(fm, '\n\n# Other\n\nBody.\n'));
    assert.deepStrictEqual(b.frontMatter.keyRange('started'), a.frontMatter.keyRange('started'));
    assert.deepStrictEqual(b.frontMatter.valueRange('started'), { start: { line: 2, character: 9 }, end: { line: 2, character: 29 } });
    const bad = doc('title: [unclosed\n');
    const e1 = parseDocument(bad).frontMatter.errors;
    const e2 = parseDocument(bad).frontMatter.errors;
    assert.ok(e1.length > 0);
    assert.deepStrictEqual(e2, e1);
    assert.deepStrictEqual(parseDocument(bad).frontMatter.data, {});
  });

  it('keeps YAML aliases and a "__proto__" key as yaml reads them', () => {
    const text = doc('base: &b { a: 1 }\ncopy: *b\n__proto__: x\n');
    for (let i = 0; i < 2; i++) {
      const data = parseDocument(text).frontMatter.data;
      assert.strictEqual(data.base, data.copy);
      assert.strictEqual(Object.getOwnPropertyDescriptor(data, '__proto__')?.value, 'x');
      assert.strictEqual(Object.getPrototypeOf(data), Object.prototype);
    }
  });
});
