// The walk over the block tokens must see exactly markdown-it's tokens, each one complete when it is visited (with
// the token after it complete too, and the one before it still there), although tokens are walked while markdown-it
// still parses and dropped once walked, so they die young. Here the walk runs after every token pushed and a new
// token list starts after every top-level block; what the walk saw is compared with markdown-it's own parse (block
// pass only, as the model configures it).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import markdownit from 'markdown-it';
import { walkBlockTokens, type Token } from '../../../src/core/model/markdown';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

/**
 * What the walk may read of a token: all but `hidden` (set when markdown-it closes a list) and, for an opening
 * token, the end of its line map (set when the block closes).
 */
function tokenShape(t: Token): string {
  const map = t.map && t.nesting === 1 ? [t.map[0]] : t.map;
  return JSON.stringify([t.type, t.tag, t.nesting, t.level, map, t.content, t.markup, t.info]);
}

function shape(tokens: readonly Token[]): string[] {
  return tokens.map(tokenShape);
}


const md = markdownit('default', { html: true, linkify: false, typographer: false });
md.core.ruler.enableOnly(['normalize', 'block']);

/** markdown-it's own parse of the text. */
function singlePass(text: string): Token[] {
  return md.parse(text, {});
}

/** The tokens as the walk saw them, and the token after each (its lookahead); `tokens` for the given sizes. */
function walked(text: string, sizes = { batch: 1, chunk: 1 }): { tokens: string[]; next: (string | undefined)[]; chunks: number } {
  const tokens: string[] = [];
  const next: (string | undefined)[] = [];
  let chunks = 0;
  walkBlockTokens(text, 0, (list, i) => {
    if (i === 0) chunks++;
    else assert.notStrictEqual(list[i - 1].type, '', 'the token before is still there');
    tokens.push(tokenShape(list[i]));
    // The walk reads a heading's, a paragraph's and a cell's content from the inline token after it.
    if (/^(?:heading|paragraph|th|td)_open$/.test(list[i].type)) assert.ok(list[i + 1], `the token after ${list[i].type} is there`);
    next.push(list[i + 1] ? tokenShape(list[i + 1]) : undefined);
    return 0;
  }, sizes);
  return { tokens, next, chunks };
}

/** Walked after every token, a new list after every block: the tokens and lookaheads are markdown-it's. */
function everyCut(text: string): { tokens: string[]; chunks: number } {
  const seen = walked(text);
  const expected = shape(singlePass(text));
  // Each lookahead is complete: the token after a visited one is, when seen, what it finally is (at the end of a
  // token list there may be none yet: the walk never needs one after the last token of a block).
  seen.next.forEach((n, k) => { if (n !== undefined) assert.strictEqual(n, expected[k + 1], `lookahead of token ${k}`); });
  return { tokens: seen.tokens, chunks: seen.chunks };
}

function markdownFiles(dir: string, acc: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, acc);
    else if (e.name.endsWith('.md')) acc.push(p);
  }
  return acc;
}

// Blocks that run over blank lines and contain heading-like lines: a cut inside any of them would change the tokens.
const TRAPS = [
  '```\n\n# not a heading\n\n```',
  '~~~~ md\n\n## inside tilde fence\n\n~~~\nstill inside\n\n# still\n~~~~',
  '<!--\n\n## old notes\n\n-->',
  '<script>\n\n# in a script\n\n</script>',
  '<pre>\n\n# in pre\n\n</pre>',
  '<?php\n\n# in a processing instruction\n\n?>',
  '<![CDATA[\n\n# in cdata\n\n]]>',
  '- item\n\n  ```\n\n# heading ends the list and the fence\n',
  '> quote\n\n# after a quote',
  '| a | b |\n|---|---|\n| 1 | 2 |\n\n# after a table',
  '```a`b\n\n# after a backtick line that is no fence',
  '    indented code\n\n# heading',
  '<div>\n# in an html block\n\n# after it',
  'Paragraph\n# heading interrupts\n\n# next',
  '## Updates\n\n### 2026-11-22 14:12 UTC — Investigating\nWe are sorry. Next update by 14:40 UTC.',
  '* list\n\n      code in list\n\n# h',
  '<!-- a --> text\n\n# h',
  '1. one\n2. two\n\n   continued\n\n# h',
  ' ```\n\n# inside a fence indented by one\n\n ```',
  '   ~~~\n\n# inside\n   ~~~',
  '    ```\n\n# after indented code',
  '- item\n\n  <!--\n\n# heading ends the list\n\n-->',
  '> ```\n>\n> # in a quoted fence\n> ```',
  '- ```\n  # in a list fence\n  ```',
];

describe('model: chunked block tokenization', () => {
  it('gives markdown-it\'s tokens, cut after every top-level block, on every fixture document', () => {
    let cut = 0;
    for (const file of markdownFiles(FIXTURES)) {
      const text = fs.readFileSync(file, 'utf8');
      const { tokens, chunks } = everyCut(text);
      assert.deepStrictEqual(tokens, shape(singlePass(text)), file);
      if (chunks > 1) cut++;
    }
    assert.ok(cut > 100, `documents actually cut: ${cut}`);
  });

  it('gives markdown-it\'s tokens around fences, multi-line HTML blocks and lists (alone and mixed at random)', () => {
    for (const trap of TRAPS) {
      const text = `# Title\n\n${trap}\n\n# End\n\ntext\n`;
      assert.deepStrictEqual(everyCut(text).tokens, shape(singlePass(text)), trap);
    }
    const part = fc.constantFrom(...TRAPS, '# h', '', 'para', '```', ' ```', '-->', '<!--', '~~~', '- item', '  ```', '</pre>', '> q');
    const separator = fc.constantFrom('\n', '\n\n', '\n\n\n');
    fc.assert(fc.property(fc.array(fc.tuple(part, separator), { maxLength: 30 }), (parts) => {
      const text = parts.map(([p, sep]) => p + sep).join('');
      assert.deepStrictEqual(everyCut(text).tokens, shape(singlePass(text)));
    }), { numRuns: Number(process.env.CHUNK_RUNS ?? 500) });
  });

  it('keeps one token list for a short document and starts new ones in a long one', () => {
    const short = '# A\n\ntext\n\n# B\n\ntext\n';
    assert.strictEqual(walked(short, { batch: 256, chunk: 2000 }).chunks, 1);
    const long = Array.from({ length: 1000 }, (_, i) => `## Section ${i}\n\nSome text.\n`).join('\n');
    const seen = walked(long, { batch: 256, chunk: 2000 });
    assert.ok(seen.chunks > 1);
    assert.deepStrictEqual(seen.tokens, shape(singlePass(long)));
  });

  it('walks a long list while markdown-it parses it, with the default sizes', () => {
    const list = '# A\n\n' + '- a\n  '.repeat(5000) + '\n\n- 14:02 b\n  1. c\n\n     d\n';
    assert.deepStrictEqual(walked(list, { batch: 256, chunk: 2000 }).tokens, shape(singlePass(list)));
  });
});
