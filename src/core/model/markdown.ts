// The one markdown-it instance of the model. Only the block pass runs (normalize + block rules): the model needs
// block structure and line maps, not inline children, and skipping the inline pass keeps us under the parse floor.
import markdownit from 'markdown-it';
import type { LineIndex } from './lines';

type MarkdownIt = ReturnType<typeof markdownit>;
export type Token = ReturnType<MarkdownIt['parse']>[number];

let md: MarkdownIt | undefined;

function instance(): MarkdownIt {
  if (!md) {
    md = markdownit('default', { html: true, linkify: false, typographer: false });
    md.core.ruler.enableOnly(['normalize', 'block']);
  }
  return md;
}

/**
 * Block tokens of the body, with the document's own line numbers in their maps. With front matter, the block
 * parser starts at the body's first line of the whole (normalized) text: the tokens are those of the text with
 * blank lines in place of the front matter (no block rule looks above the line it starts at), without building
 * and copying that second text.
 */
export function blockTokens(text: string, bodyStartLine: number, lines: LineIndex): Token[] {
  const parser = instance();
  if (bodyStartLine > 0) {
    // markdown-it's own normalize step (its core rule 'normalize'), then its block pass from the body's line.
    const src = text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
    const state = new parser.block.State(src, parser, {}, []);
    parser.block.tokenize(state, Math.min(bodyStartLine, state.lineMax), state.lineMax);
    return state.tokens;
  }
  let body = text;
  // A byte order mark would hide a first-line heading from markdown-it; a space keeps every offset in place.
  if (body.charCodeAt(0) === 0xfeff) body = ' ' + body.slice(1);
  return parser.parse(body, {});
}
