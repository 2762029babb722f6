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
 * Block tokens of the body. The front matter lines are replaced by empty lines, so token line maps stay the
 * document's own line numbers.
 */
export function blockTokens(text: string, bodyStartLine: number, lines: LineIndex): Token[] {
  let body = bodyStartLine > 0
    ? '\n'.repeat(bodyStartLine) + (bodyStartLine < lines.lineCount ? text.slice(lines.starts[bodyStartLine]) : '')
    : text;
  // A byte order mark would hide a first-line heading from markdown-it; a space keeps every offset in place.
  if (body.charCodeAt(0) === 0xfeff) body = ' ' + body.slice(1);
  return instance().parse(body, {});
}
