// The one markdown-it instance of the model. Only the block pass runs (normalize + block rules): the model needs
// block structure and line maps, not inline children, and skipping the inline pass keeps us under the parse floor.
import markdownit from 'markdown-it';

type MarkdownIt = ReturnType<typeof markdownit>;
export type Token = ReturnType<MarkdownIt['parse']>[number];
type StateBlock = InstanceType<MarkdownIt['block']['State']>;

/**
 * A block token with the fields of markdown-it's `Token`, set by plain assignments. markdown-it's own constructor
 * defines each field through a generic property-definition helper, a large part of the parse time; the block rules
 * only assign fields (they call no Token method), and these tokens never leave the model.
 */
class BlockToken {
  map: [number, number] | null = null;
  level = 0;
  children: null = null;
  content = '';
  markup = '';
  info = '';
  block = true;
  hidden = false;
  attrs: [string, string][] | null = null;
  constructor(public type: string, public tag: string, public nesting: -1 | 0 | 1) {}
}

let md: MarkdownIt | undefined;
let FastState: (new (src: string, md: MarkdownIt, env: unknown, tokens: Token[]) => StateBlock) | undefined;

function instance(): MarkdownIt {
  if (!md) {
    md = markdownit('default', { html: true, linkify: false, typographer: false });
    md.core.ruler.enableOnly(['normalize', 'block']);
    // markdown-it's StateBlock.push, building a BlockToken instead of a Token.
    FastState = class extends md.block.State {
      override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
        const token = new BlockToken(type, tag, nesting);
        if (nesting < 0) this.level--;
        token.level = this.level;
        if (nesting > 0) this.level++;
        this.tokens.push(token as unknown as Token);
        return token as unknown as Token;
      }
    } as unknown as typeof FastState;
  }
  return md;
}

/** Tokens in a chunk before it is handed out: a 10 KB document stays one chunk. */
const CHUNK_TOKENS = 2000;

/**
 * Block tokens of the body, with the document's own line numbers in their maps: markdown-it's own normalize step
 * (its core rule 'normalize'), then its block pass, from the body's first line when there is front matter. The
 * tokens are those of the text with blank lines in place of the front matter (no block rule looks above the line it
 * starts at), without building and copying that second text.
 *
 * They come in consecutive chunks, each handed out between two top-level blocks once it holds `chunkTokens` tokens
 * or more. The walk drops a chunk once read, so a large document's tokens die young instead of being copied by
 * every young-generation collection until promoted (measured: about half the parse time of a 1 MB document).
 * This is markdown-it 15's own top-level loop (`ParserBlock.tokenize`, pinned version), so every block ends where
 * markdown-it ends it: no rule reads tokens of an earlier top-level block (the list rule only walks its own).
 */
export function* blockTokenChunks(text: string, bodyStartLine: number, chunkTokens = CHUNK_TOKENS): Generator<Token[]> {
  const parser = instance();
  let body = text;
  // A byte order mark would hide a first-line heading from markdown-it; a space keeps every offset in place.
  if (bodyStartLine === 0 && body.charCodeAt(0) === 0xfeff) body = ' ' + body.slice(1);
  const src = body.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const state = new FastState!(src, parser, {}, []);
  const rules = parser.block.ruler.getRules('');
  const maxNesting = parser.options.maxNesting;
  const endLine = state.lineMax;
  let line = Math.min(bodyStartLine, endLine);
  let hasEmptyLines = false;
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= endLine) break;
    if (state.sCount[line] < state.blkIndent) break;
    if (state.level >= maxNesting) {
      state.line = endLine;
      break;
    }
    const prevLine = state.line;
    let ok = false;
    for (let i = 0; i < rules.length; i++) {
      ok = rules[i](state, line, endLine, false);
      if (ok) {
        if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
        break;
      }
    }
    if (!ok) throw new Error('none of the block rules matched');
    state.tight = !hasEmptyLines;
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
    line = state.line;
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true;
      line++;
      state.line = line;
    }
    if (state.tokens.length >= chunkTokens) {
      yield state.tokens;
      state.tokens = [];
    }
  }
  yield state.tokens;
}
