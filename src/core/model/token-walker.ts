// The one walk over markdown-it's block tokens. It keeps the nesting state (quotes, lists, list items, table rows),
// finds each block's source span, and hands the blocks the model reads to a visitor (the collectors, via parse.ts)
// in document order. The speed tuning of the walk lives here and in markdown.ts (which hands the tokens over while
// markdown-it parses and drops them once walked): nothing is allocated per token beyond the spans and cells the
// visitor receives.
import type { LineIndex } from './lines';
import { walkBlockTokens, type Token } from './markdown';
import { findCell, findContent, trimMasked, type SourceSpan } from './source-spans';
import { maskComments } from '../text/comments';

/** A list item while it is open: the line of its marker, and whether no paragraph or code has been seen in it. */
export interface ListItem { line: number; firstChild: boolean }

/** A cell of a table row: its content as markdown-it read it, where that lies in the row (-1 when not found). */
export interface TableCell {
  content: string;
  start: number;
  end: number;
  /** The cell's text without comment-only edges, for a data cell found in its line. */
  span?: SourceSpan;
  isData: boolean;
}

export interface BlockVisitor {
  /** `text`: the heading's text with comments masked, trimmed; `content`: where its raw text lies, if found. */
  heading(level: number, firstLine: number, lastLine: number, text: string, content: SourceSpan | undefined): void;
  /** `item`: the innermost open list item; `firstInItem`: this is the item's first paragraph or code block. */
  paragraph(span: SourceSpan | undefined, inQuote: boolean, item: ListItem | undefined, firstInItem: boolean, listDepth: number): void;
  tableStart(): void;
  tableRow(cells: TableCell[], isHeader: boolean, line: number, inQuote: boolean): void;
  /** A fenced or indented code block: its first and last line (-1 when markdown-it gave no lines), and its text. */
  code(firstLine: number, lastLine: number, fenced: boolean, content: string): void;
  html(content: string): void;
  rule(): void;
}

/** Nesting state of the walk. */
class WalkState {
  quoteDepth = 0;
  listDepth = 0;
  readonly items: ListItem[] = [];
  rowLine = -1;
  rowCells: TableCell[] = [];
  /** Where the next cell of the row is searched from: cells are found left to right. */
  rowCursor = 0;

  innermostItem(): ListItem | undefined {
    return this.items[this.items.length - 1];
  }
}

/**
 * Walks the body's block tokens (from `bodyStartLine`) and hands each block to `visitor`. Returns the first line left
 * unread because markdown-it's nesting limit was reached there, if any.
 */
export function walkBlocks(lines: LineIndex, bodyStartLine: number, visitor: BlockVisitor): number | undefined {
  const state = new WalkState();
  // markdown-it hands the tokens over while it parses, and drops them once walked (see walkBlockTokens).
  return walkBlockTokens(lines.text, bodyStartLine, (tokens, i) => visitToken(tokens, i, state, lines, visitor));
}

/** Handles the token at `i`; returns how many tokens after it were consumed with it. */
function visitToken(tokens: readonly Token[], i: number, state: WalkState, lines: LineIndex, visitor: BlockVisitor): number {
  const token = tokens[i];
  switch (token.type) {
    case 'blockquote_open': state.quoteDepth++; return 0;
    case 'blockquote_close': state.quoteDepth = Math.max(0, state.quoteDepth - 1); return 0;
    case 'bullet_list_open': case 'ordered_list_open': state.listDepth++; return 0;
    case 'bullet_list_close': case 'ordered_list_close': state.listDepth = Math.max(0, state.listDepth - 1); return 0;
    case 'list_item_open': state.items.push({ line: token.map ? token.map[0] : -1, firstChild: true }); return 0;
    case 'list_item_close': state.items.pop(); return 0;
    case 'fence': case 'code_block': return visitCode(token, state, visitor);
    case 'heading_open': return visitHeading(token, tokens[i + 1], lines, visitor);
    case 'paragraph_open': return visitParagraph(tokens[i + 1], state, lines, visitor);
    case 'table_open': visitor.tableStart(); return 0;
    case 'tr_open': {
      state.rowLine = token.map ? token.map[0] : -1;
      state.rowCells = [];
      state.rowCursor = state.rowLine >= 0 ? lines.starts[state.rowLine] : 0;
      return 0;
    }
    case 'th_open': case 'td_open': return visitCell(token, tokens[i + 1], state, lines);
    case 'tr_close': {
      if (state.rowLine >= 0) {
        const isHeader = state.rowCells.length > 0 && tokens[i - 1]?.type === 'th_close';
        visitor.tableRow(state.rowCells, isHeader, state.rowLine, state.quoteDepth > 0);
      }
      state.rowLine = -1;
      return 0;
    }
    case 'html_block': visitor.html(token.content); return 0;
    case 'hr': visitor.rule(); return 0;
    default: return 0;
  }
}

function visitCode(token: Token, state: WalkState, visitor: BlockVisitor): number {
  const fenced = token.type === 'fence';
  if (token.map) visitor.code(token.map[0], Math.max(token.map[0], token.map[1] - 1), fenced, token.content);
  else visitor.code(-1, -1, fenced, token.content);
  const item = state.innermostItem();
  if (item) item.firstChild = false;
  return 0;
}

function visitHeading(token: Token, inline: Token | undefined, lines: LineIndex, visitor: BlockVisitor): number {
  if (!token.map || !inline || inline.type !== 'inline') return 0;
  const level = Number(token.tag.slice(1)) || 1;
  const line = token.map[0];
  const content = findContent(inline.content, line, lines);
  visitor.heading(level, line, token.map[1] - 1, maskComments(inline.content).trim(), content);
  return 2;
}

function visitParagraph(inline: Token | undefined, state: WalkState, lines: LineIndex, visitor: BlockVisitor): number {
  if (!inline || inline.type !== 'inline' || !inline.map) return 0;
  const found = findContent(inline.content, inline.map[0], lines, inline.map[1] - 1);
  const item = state.innermostItem();
  const firstInItem = !!item && item.firstChild;
  if (item) item.firstChild = false;
  visitor.paragraph(trimMasked(found, lines.text), state.quoteDepth > 0, item, firstInItem, state.listDepth);
  return 2;
}

function visitCell(token: Token, inline: Token | undefined, state: WalkState, lines: LineIndex): number {
  if (!inline || inline.type !== 'inline' || state.rowLine < 0) return 0;
  const content = inline.content;
  const isData = token.type === 'td_open';
  const found = findCell(content, state.rowLine, state.rowCursor, lines);
  if (found === -1) {
    state.rowCells.push({ content, start: -1, end: -1, isData });
  } else {
    const end = found + content.length;
    state.rowCursor = end;
    const span = isData ? trimMasked({ start: found, end, line: state.rowLine }, lines.text) : undefined;
    state.rowCells.push({ content, start: found, end, span, isData });
  }
  return 2;
}
