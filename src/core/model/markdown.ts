// The one markdown-it instance of the model. Only the block pass runs (normalize + block rules): the model needs
// block structure and line maps, not inline children, and skipping the inline pass keeps us under the parse floor.
import markdownit from 'markdown-it';
import type { LineIndex } from './lines';

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

/**
 * Block tokens of the body, with the document's own line numbers in their maps: markdown-it's own normalize step
 * (its core rule 'normalize'), then its block pass, from the body's first line when there is front matter. The
 * tokens are those of the text with blank lines in place of the front matter (no block rule looks above the line it
 * starts at), without building and copying that second text.
 */
export function blockTokens(text: string, bodyStartLine: number, _lines: LineIndex): Token[] {
  const parser = instance();
  let body = text;
  // A byte order mark would hide a first-line heading from markdown-it; a space keeps every offset in place.
  if (bodyStartLine === 0 && body.charCodeAt(0) === 0xfeff) body = ' ' + body.slice(1);
  const src = body.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const state = new FastState!(src, parser, {}, []);
  parser.block.tokenize(state, Math.min(bodyStartLine, state.lineMax), state.lineMax);
  return state.tokens;
}
