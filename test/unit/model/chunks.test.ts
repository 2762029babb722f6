// Chunked block tokenization must give exactly markdown-it's tokens: the parse hands out a large document's tokens
// between top-level blocks so they die young. Here a chunk is handed out after every top-level block, and the
// tokens are compared with markdown-it's own parse (block pass only, as the model configures it).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import markdownit from 'markdown-it';
import { blockTokenChunks, type Token } from '../../../src/core/model/markdown';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

function shape(tokens: readonly Token[]): string[] {
  return tokens.map((t) => JSON.stringify([t.type, t.tag, t.nesting, t.level, t.map, t.content, t.markup, t.info, t.hidden]));
}


const md = markdownit('default', { html: true, linkify: false, typographer: false });
md.core.ruler.enableOnly(['normalize', 'block']);

/** markdown-it's own parse of the text. */
function singlePass(text: string): Token[] {
  return md.parse(text, {});
}

function everyCut(text: string): { tokens: string[]; chunks: number } {
  const out: Token[] = [];
  let chunks = 0;
  for (const chunk of blockTokenChunks(text, 0, 1)) { chunks++; out.push(...chunk); }
  return { tokens: shape(out), chunks };
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

  it('keeps one chunk for a short document and cuts a long one', () => {
    const short = '# A\n\ntext\n\n# B\n\ntext\n';
    assert.strictEqual([...blockTokenChunks(short, 0)].length, 1);
    const long = Array.from({ length: 1000 }, (_, i) => `## Section ${i}\n\nSome text.\n`).join('\n');
    assert.ok([...blockTokenChunks(long, 0)].length > 1);
    assert.deepStrictEqual(shape([...blockTokenChunks(long, 0)].flat()), shape(singlePass(long)));
  });
});
